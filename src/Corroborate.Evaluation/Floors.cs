using System.Globalization;

namespace Corroborate.Evaluation;

/// <summary>
/// Quality floors pinned in files under eval-floors/ (one per task, "metric value" per line), trafilatura-style:
/// a change that lowers a measured figure below its floor fails CI. Raise a floor when quality rises; lowering
/// one is a visible, reviewed edit.
/// </summary>
public static class Floors
{
    public static IReadOnlyDictionary<string, double> Load(string task, string? start = null)
    {
        var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "eval-floors")))
        {
            dir = dir.Parent;
        }

        if (dir is null) throw new DirectoryNotFoundException("eval-floors/ not found above " + (start ?? AppContext.BaseDirectory));
        var file = Path.Combine(dir.FullName, "eval-floors", task + ".txt");
        var floors = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var raw in File.ReadAllLines(file))
        {
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0) continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            floors[parts[0]] = double.Parse(parts[1], CultureInfo.InvariantCulture);
        }

        return floors;
    }

    /// <summary>
    /// Every floor of a task (keys starting with <paramref name="prefix"/>, matched to the report's metric named
    /// by the rest of the key) that the report falls below, as messages; empty when all hold.
    /// </summary>
    public static IReadOnlyList<string> Breaches(EvalReport report, string task, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. Load(task)
            .Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal))
            .Select(f => (Metric: f.Key[prefix.Length..], Floor: f.Value))
            .Where(f => report[f.Metric] < f.Floor)
            .Select(f => $"{f.Metric} {report[f.Metric]:0.0000} fell below its floor {f.Floor} (eval-floors/{task}.txt)\n{report}")];
    }
}
