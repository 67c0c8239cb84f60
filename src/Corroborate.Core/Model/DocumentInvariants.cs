using Corroborate.Text;

namespace Corroborate.Model;

/// <summary>
/// The rules every document must keep after every stage (Lucene's analyzer test kit is the model):
/// spans inside the text and not splitting a surrogate pair, layers sorted, ids unique and resolvable.
/// </summary>
public static class DocumentInvariants
{
    public static IReadOnlyList<string> Violations(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<string>();
        var text = document.Text;

        void CheckSpan(string what, TextSpan span)
        {
            if (span.End > text.Length)
            {
                errors.Add($"{what} {span} ends past the text ({text.Length}).");
                return;
            }

            if (SplitsPair(text, span.Start) || SplitsPair(text, span.End))
            {
                errors.Add($"{what} {span} splits a surrogate pair.");
            }
        }

        void CheckSorted<T>(string what, IReadOnlyList<T> items, Func<T, TextSpan> span, bool disjoint)
        {
            for (int i = 0; i < items.Count; i++)
            {
                CheckSpan(what, span(items[i]));
                if (i == 0) continue;
                var (a, b) = (span(items[i - 1]), span(items[i]));
                if (b.Start < a.Start) errors.Add($"{what} out of order: {a} before {b}.");
                if (disjoint && b.Start < a.End) errors.Add($"{what} overlap: {a} and {b}.");
            }
        }

        CheckSorted("Token", document.Tokens, t => t.Span, disjoint: true);
        foreach (var t in document.Tokens)
        {
            if (t.Span.IsEmpty) errors.Add($"Empty token at {t.Span}.");
        }

        CheckSorted("Sentence", document.Sentences, s => s.Span, disjoint: true);
        CheckSorted("Date", document.Dates, d => d.Span, disjoint: false);
        CheckSorted("Quote", document.Quotes, q => q.Span, disjoint: false);
        CheckSorted("Quantity", document.Quantities, q => q.Span, disjoint: false);

        var entityIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in document.Entities)
        {
            if (!entityIds.Add(e.Id)) errors.Add($"Duplicate entity id {e.Id}.");
            if (e.Mentions.IsEmpty) errors.Add($"Entity {e.Id} has no mention.");
            CheckSorted($"Mention of {e.Id}", e.Mentions, m => m.Span, disjoint: true);
        }

        foreach (var e in document.Entities)
        {
            if (e.LinkedTo is not null && !entityIds.Contains(e.LinkedTo)) errors.Add($"Entity {e.Id} links to unknown {e.LinkedTo}.");
        }

        var quoteIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var q in document.Quotes)
        {
            if (!quoteIds.Add(q.Id)) errors.Add($"Duplicate quote id {q.Id}.");
            CheckSpan($"Content of {q.Id}", q.Content);
            if (!q.Span.Contains(q.Content)) errors.Add($"Quote {q.Id}: content {q.Content} outside {q.Span}.");
            if (q.Speaker is { } s)
            {
                CheckSpan($"Speaker of {q.Id}", s.Span);
                if (s.EntityId is not null && !entityIds.Contains(s.EntityId)) errors.Add($"Quote {q.Id}: unknown speaker entity {s.EntityId}.");
            }
        }

        var quantityIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var q in document.Quantities)
        {
            if (!quantityIds.Add(q.Id)) errors.Add($"Duplicate quantity id {q.Id}.");
            if (double.IsNaN(q.Value) || double.IsInfinity(q.Value)) errors.Add($"Quantity {q.Id} has value {q.Value}.");
            if (q.Low is { } lo && q.High is { } hi && lo > hi) errors.Add($"Quantity {q.Id}: low {lo} > high {hi}.");
            if (q.Claimant?.EntityId is { } c && !entityIds.Contains(c)) errors.Add($"Quantity {q.Id}: unknown claimant {c}.");
        }

        return errors;
    }

    private static bool SplitsPair(string text, int position) =>
        position > 0 && position < text.Length && char.IsLowSurrogate(text[position]) && char.IsHighSurrogate(text[position - 1]);
}
