using Corroborate.Model;

namespace Corroborate.Analysis.Quotes;

/// <summary>
/// "Kirby said the strikes were defensive. “As demonstrated by tonight's strikes, …”": a quote with no cue of its
/// own right after a reported attribution continues that speaker. The direct-quote pass runs before reported speech
/// is found, so it can only carry a speaker over from an earlier quote; this pass carries one over from reported
/// speech once both are known.
/// </summary>
internal static class FloatingSpeakers
{
    public static void Apply(string text, List<QuoteDraft> drafts)
    {
        // One sweep: attributed drafts by where they end, floating quotes by where they start (a long text can hold
        // thousands of quotes, so no pair of drafts is compared twice).
        var attributed = drafts.Where(d => !d.Dropped && d.Speaker is not null).OrderBy(d => d.Span.End).ToList();
        var floating = drafts.Where(d => !d.Dropped && d.Kind == QuoteKind.Direct && d.Speaker is null && d.CueToken < 0).OrderBy(d => d.Span.Start).ToList();
        int k = 0;
        QuoteDraft? before = null;
        foreach (var f in floating)
        {
            for (; k < attributed.Count && attributed[k].Span.End <= f.Span.Start; k++)
            {
                if (before is null || attributed[k].Span.End >= before.Span.End) before = attributed[k];
            }

            if (before is null || !OnlyJoins(text, before.Span.End, f.Span.Start)) continue;
            f.Speaker = before.Speaker;
            before = f; // "…, Kirby said. “A.” “B.”": the next quote continues the same speaker
        }
    }

    /// <summary>Nothing but the sentence's end, spaces and at most one paragraph break stands between the two.</summary>
    private static bool OnlyJoins(string text, int from, int to)
    {
        int breaks = 0;
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (c == '\n') breaks++;
            else if (!char.IsWhiteSpace(c) && c is not ('.' or '”' or '"' or '’' or '\'')) return false;
        }

        return breaks <= 2;
    }
}
