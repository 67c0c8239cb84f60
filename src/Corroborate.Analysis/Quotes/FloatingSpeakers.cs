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
        foreach (var floating in drafts)
        {
            if (floating.Dropped || floating.Kind != QuoteKind.Direct || floating.Speaker is not null || floating.CueToken >= 0) continue;
            QuoteDraft? before = null;
            foreach (var d in drafts)
            {
                if (d.Dropped || d.Speaker is null || d.Span.End > floating.Span.Start) continue;
                if (before is null || d.Span.End > before.Span.End) before = d;
            }

            if (before is not null && OnlyJoins(text, before.Span.End, floating.Span.Start)) floating.Speaker = before.Speaker;
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
