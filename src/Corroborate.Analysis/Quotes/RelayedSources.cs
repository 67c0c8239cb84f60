namespace Corroborate.Analysis.Quotes;

/// <summary>
/// "…, according to the Daily Beast" and "…, Reuters reported": when a news outlet relays a statement that
/// has its own speaker in the same sentence, the outlet goes in <c>Via</c> of that quote instead of being a
/// speaker itself.
/// </summary>
internal static class RelayedSources
{
    public static void Apply(TokenView v, List<QuoteDraft> drafts)
    {
        foreach (var relay in drafts)
        {
            if (relay.Dropped || relay.Cue is not ("according to" or "reported" or "reports") || !IsOutlet(v, relay.SpeakerTokens)) continue;
            int sentence = v.SentenceStart(relay.CueToken);
            QuoteDraft? target = null;
            foreach (var d in drafts)
            {
                if (d == relay || d.Dropped || d.CueToken < 0 || v.SentenceStart(d.CueToken) != sentence) continue;
                if (IsOutlet(v, d.SpeakerTokens)) continue;
                target = d;
                d.Via ??= Name(v, relay.SpeakerTokens);
                d.Span = d.Span.Union(relay.Span);
            }

            if (target is not null) relay.Dropped = true;
        }
    }

    private static bool IsOutlet(TokenView v, TokenRange r)
    {
        for (int k = r.Start; k < r.End; k++)
        {
            if (v.IsCapitalized(k) && QuoteLexicon.OutletWord.Contains(v.Word(k))) return true;
        }

        return false;
    }

    /// <summary>"the Daily Beast" → "Daily Beast"; "The Economic Times" keeps its capitalised article.</summary>
    private static string Name(TokenView v, TokenRange r)
    {
        int s = r.Start;
        if (v.IsWordEq(s, "the") && char.IsLower(v.Text[v.Span(s).Start])) s++;
        return v.Text[v.Span(s).Start..v.Span(r.End - 1).End];
    }
}
