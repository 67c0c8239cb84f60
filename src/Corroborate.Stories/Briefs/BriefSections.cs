using System.Collections.Immutable;
using Corroborate.Model;
using Corroborate.Stories.Model;
using Corroborate.Stories.Text;
using Corroborate.Text;

namespace Corroborate.Stories.Briefs;

/// <summary>The brief's other sections: the timeline from normalised dates and the disagreements.</summary>
public static class BriefSections
{
    /// <summary>
    /// One entry per date; every mentioning sentence is evidence. The text is the mentioning sentence that is most
    /// about that date: the one naming the fewest other dates ("The blast tore through the plant on Tuesday" for
    /// Tuesday, rather than "Investigators on Thursday searched the plant that blew up on Tuesday"), the earliest
    /// report first on a tie, and a sentence already shown for another date only when there is no other.
    /// </summary>
    public static ImmutableArray<TimelineEntry> Timeline(IReadOnlyList<Document> docs)
    {
        ArgumentNullException.ThrowIfNull(docs);
        var entries = new SortedDictionary<DateValue, List<(string Text, SpanRef Where, int OtherDates)>>();
        foreach (var d in docs)
        {
            var perSentence = d.Dates.Where(m => m.Value.IsCalendar)
                .GroupBy(m => d.Sentences.FirstOrDefault(s => s.Span.Contains(m.Span.Start)).Span)
                .ToDictionary(g => g.Key, g => g.Select(m => m.Value).Distinct().Count());
            foreach (var m in d.Dates)
            {
                // "now", "recently": no place on a timeline; "the 1950s", "the 20th century": background, not a moment.
                if (!m.Value.IsCalendar || m.Value.Period is DatePeriod.Decade or DatePeriod.Century) continue;
                var sentence = d.Sentences.FirstOrDefault(s => s.Span.Contains(m.Span.Start)).Span;
                int from = sentence.IsEmpty ? 0 : sentence.Start;
                if (OpensPeriod(d.Text, m.Span.Start) || Dateline.Holds(d.Text, from, m.Span.Start) || Dateline.IsStamp(d.Text, from, m.Span.Start)) continue;
                var span = sentence.IsEmpty ? m.Span : sentence;
                var text = Dateline.Strip(string.Join(' ', d.Slice(span).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
                if (Dateline.IsBareDate(text)) continue;
                if (!entries.TryGetValue(m.Value, out var e)) entries[m.Value] = e = [];
                var r = new SpanRef(d.Id, span);
                if (!e.Any(x => x.Where == r)) e.Add((text, r, perSentence[sentence] - 1));
            }
        }

        var shown = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<TimelineEntry>(entries.Count);
        foreach (var (date, mentions) in entries)
        {
            // OrderBy is stable: among equals, the earliest report's sentence.
            var best = mentions.OrderBy(x => shown.Contains(x.Text)).ThenBy(x => x.OtherDates).First();
            shown.Add(best.Text);
            result.Add(new TimelineEntry(date, best.Text, [.. mentions.Select(x => x.Where)]));
        }

        return result.MoveToImmutable();
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
            var flat = string.Join(' ', q.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)); // a quote over lines reads as one
            var words = flat.Length > 80 ? flat[..77] + "..." : flat;
            if (!evidence.IsEmpty)
            {
                result.Add(new Disagreement(DisagreementKind.Attribution,
                    $"Sources attribute \"{words}\" to different speakers: {who}.", evidence));
            }
        }

        return result.ToImmutable();
    }
}
