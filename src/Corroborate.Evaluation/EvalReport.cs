using System.Globalization;
using System.Text;

namespace Corroborate.Evaluation;

/// <summary>One measured figure, printed beside the published peer figure it is compared with.</summary>
public sealed record EvalRow(string Metric, double Value, string? Peer = null, double? PeerValue = null);

/// <summary>The result of an evaluation run: what was measured on which data, ready to print.</summary>
public sealed record EvalReport(string Title, string Data, IReadOnlyList<EvalRow> Rows, IReadOnlyList<string> Notes)
{
    /// <summary>Per-item errors (missed, spurious, wrong unit) for `eval --verbose`; not part of the printed summary.</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    public double this[string metric] => Rows.First(r => r.Metric == metric).Value;

    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{Title}  ({Data})");
        int width = Math.Max(12, Rows.Count == 0 ? 0 : Rows.Max(r => r.Metric.Length));
        foreach (var r in Rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {r.Metric.PadRight(width)}  {r.Value,8:0.0000}");
            if (r.Peer is not null)
            {
                sb.Append(CultureInfo.InvariantCulture, $"    {r.Peer}: {(r.PeerValue is { } p ? p.ToString("0.000", CultureInfo.InvariantCulture) : "—")}");
            }

            sb.AppendLine();
        }

        foreach (var n in Notes)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  note: {n}");
        }

        return sb.ToString();
    }
}
