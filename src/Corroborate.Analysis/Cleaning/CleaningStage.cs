using System.Collections.Immutable;
using System.Text;
using Corroborate.Diagnostics;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Text;

namespace Corroborate.Analysis.Cleaning;

/// <summary>
/// Removes the boilerplate that copy-paste and scrapers leave around an article — captions, photo credits,
/// image names, related links, share prompts, bylines, copyright lines — keeping each removal with its kind,
/// and freezes the cleaned text with a map back to the input. The outlet is read from a copyright line when
/// nothing better is known.
/// </summary>
public sealed class CleaningStage : IAnnotator
{
    public StageInfo Info { get; } = new("clean", 2, [], [Layers.CleanText]);

    public Document Annotate(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document = TextLimit.Apply(document);
        var text = document.Text;
        var lines = LineClassifier.Classify(text);
        var kept = lines.Where(l => l.Keep.Length > 0).ToList();
        if (kept.Count == 0)
        {
            return text.Trim().Length == 0
                ? document
                : document.WithDiagnostic(Diagnostic.Warning(Codes.NoTextAfterCleaning,
                    "Cleaning would have removed every line, so the text was kept as given; use --clean none to silence this."));
        }

        var (clean, map) = Assemble(text, lines);
        var removed = lines.SelectMany(l => l.Removals)
            .Select(r => new Removal(r.Kind, text.Substring(r.Span.Start, r.Span.Length), document.RawMap.ToRaw(r.Span)))
            .ToImmutableArray();
        var metadata = document.Metadata;
        if (metadata.Outlet is null && lines.SelectMany(l => l.Removals).FirstOrDefault(r => r.Owner is not null) is { } copyright)
        {
            metadata = metadata with { Outlet = copyright.Owner, Signals = metadata.Signals.SetItem("outlet", "copyright") };
        }

        if (metadata.Title is null && LineClassifier.Headline(clean) is { } title)
        {
            metadata = metadata with { Title = title, Signals = metadata.Signals.SetItem("title", "first-line") };
        }

        return document with
        {
            Text = clean,
            RawMap = map.Then(document.RawMap),
            Removed = document.Removed.AddRange(removed),
            Metadata = metadata,
        };
    }

    /// <summary>Joins the kept parts of lines, one blank line between paragraphs where the input had a gap.</summary>
    private static (string Text, OffsetMap Map) Assemble(string text, IReadOnlyList<ClassifiedLine> lines)
    {
        var sb = new StringBuilder(text.Length);
        var map = new OffsetMap.Builder();
        int previousEnd = -1;
        bool gap = false;
        foreach (var line in lines)
        {
            if (line.Keep.Length == 0)
            {
                gap |= previousEnd >= 0;
                continue;
            }

            if (previousEnd >= 0)
            {
                map.Add(sb.Length, previousEnd);
                sb.Append(gap ? "\n\n" : "\n");
            }

            map.Add(sb.Length, line.Keep.Start);
            sb.Append(text, line.Keep.Start, line.Keep.Length);
            previousEnd = line.Keep.End;
            gap = false;
        }

        return (sb.ToString(), map.Build());
    }
}

/// <summary>Plain --clean none: the text exactly as given (up to <see cref="TextLimit.MaxChars"/>).</summary>
public sealed class NoCleaningStage : IAnnotator
{
    public StageInfo Info { get; } = new("clean", 1, [], [Layers.CleanText]);

    public Document Annotate(Document document, CancellationToken cancellationToken) => TextLimit.Apply(document);
}
