using System.Collections.Immutable;
using Corroborate.Model;
using Corroborate.Stories.Model;
using Corroborate.Stories.Text;
using Corroborate.Text;

namespace Corroborate.Stories.Briefs;

/// <summary>The brief's other sections: the timeline from normalised dates and the disagreements.</summary>
public static class BriefSections
{
    /// <summary>One entry per date, its text the sentence of the first mention; every mentioning sentence is evidence.</summary>
    public static ImmutableArray<TimelineEntry> Timeline(IReadOnlyList<Document> docs)
    {
        ArgumentNullException.ThrowIfNull(docs);
        var entries = new SortedDictionary<DateValue, (string Text, List<SpanRef> Evidence)>();
        foreach (var d in docs)
        {
            foreach (var m in d.Dates)
            {
                if (!m.Value.IsCalendar) continue; // "now", "recently": no place on a timeline
                var sentence = d.Sentences.FirstOrDefault(s => s.Span.Contains(m.Span.Start)).Span;
                if (OpensPeriod(d.Text, m.Span.Start) || Dateline.Holds(d.Text, sentence.IsEmpty ? 0 : sentence.Start, m.Span.Start)) continue;
                var span = sentence.IsEmpty ? m.Span : sentence;
                var text = Dateline.Strip(string.Join(' ', d.Slice(span).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
                if (!entries.TryGetValue(m.Value, out var e)) entries[m.Value] = e = (text, []);
                var r = new SpanRef(d.Id, span);
                if (!e.Evidence.Contains(r)) e.Evidence.Add(r);
            }
        }

        return [.. entries.Select(kv => new TimelineEntry(kv.Key, kv.Value.Text, [.. kv.Value.Evidence]))];
    }

    /// <summary>"since 2009", "until March": the edge of a period the report looks back on, not a moment in the story.</summary>
    private static bool OpensPeriod(string text, int start) => ContentWords.WordBefore(text, start) is "since" or "until" or "till";


    /// <summary>Figure differences and attribution conflicts, each with the spans a reader can check.</summary>
    public static ImmutableArray<Disagreement> Disagreements(IReadOnlyList<Document> docs, ImmutableArray<AlignedFigure> figures, ImmutableArray<AlignedQuote> quotes)
    {
        ArgumentNullException.ThrowIfNull(docs);
        var byId = docs.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<Disagreement>();
        foreach (var f in figures)
        {
            if (f.Relation is null or FigureRelation.Agree) continue;
            var evidence = f.Claims
                .Select(c => byId[c.Document].Quantities.FirstOrDefault(q => q.Id == c.Quantity) is { } q ? new SpanRef(c.Document, q.Span) : (SpanRef?)null)
                .OfType<SpanRef>().ToImmutableArray();
            if (!evidence.IsEmpty) result.Add(new Disagreement(DisagreementKind.Figure, f.Explanation, evidence));
        }

        foreach (var q in quotes.Where(q => q.Conflict == "attribution"))
        {
            var evidence = q.Variants
                .Select(v => byId[v.Document].Quotes.FirstOrDefault(x => x.Id == v.Quote) is { } x ? new SpanRef(v.Document, x.Span) : (SpanRef?)null)
                .OfType<SpanRef>().ToImmutableArray();
            var who = string.Join("; ", q.Variants.Select(v => $"{v.Speaker ?? "an unnamed speaker"} in {v.Document}").Distinct(StringComparer.Ordinal));
            var words = q.Text.Length > 80 ? q.Text[..77] + "..." : q.Text;
            if (!evidence.IsEmpty)
            {
                result.Add(new Disagreement(DisagreementKind.Attribution,
                    $"Sources attribute \"{words}\" to different speakers: {who}.", evidence));
            }
        }

        return result.ToImmutable();
    }
}
