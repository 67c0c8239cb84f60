using Corroborate.Model;

namespace Corroborate.Analysis.Quotes;

/// <summary>
/// The shapes of a sentence that decide whether a cue reports and where its content starts: headlines, findings,
/// trailing phrases after an inverted speaker, a clause without "that", dashed asides, an author after "according to".
/// </summary>
internal sealed partial class ReportedSpeech
{
    /// <summary>
    /// "Mayor Says Depot Will Close", "Depot Will Close, Harbour Mayor Says": in a headline every word is capitalised,
    /// the cue too. A sentence counts as one when it has a few words and nearly all of them are capitalised; only a
    /// saying verb counts there, not the wider cue list, since a capitalised "Claims" or "Reports" opens many titles.
    /// </summary>
    private bool HeadlineCue(int i, int ss, int se)
    {
        if (i == ss || !QuoteLexicon.SayCue.Contains(v.Word(i)) || !v.Word(i).EndsWith("s", StringComparison.Ordinal) && !v.Word(i).EndsWith("d", StringComparison.Ordinal)) return false;
        int words = 0, capitalised = 0;
        for (int k = ss; k < se; k++)
        {
            if (!v.IsWord(k) || v.IsClitic(k) || v.Word(k).Length < 4) continue; // short words ("of", "to", "the") stay lower case in titles
            words++;
            if (char.IsUpper(v.Word(k)[0])) capitalised++;
        }

        return words >= 4 && capitalised * 10 >= words * 9;
    }

    /// <summary>
    /// "A new poll shows that …", "The study found that …": a finding reports what its source holds, so polls,
    /// studies and data "say" it; the same verbs after anyone else ("police found a body") report nothing.
    /// </summary>
    private bool ShownBy(int i, int ss)
    {
        var source = SpeakerFinder.Before(v, i, ss);
        return !source.IsEmpty && v.Word(source.End - 1).ToString().ToLowerInvariant() is "poll" or "polls" or "survey" or "surveys" or "study" or "studies"
            or "report" or "reports" or "data" or "analysis" or "research" or "figures" or "statistics" or "records" or "review" or "audit" or "census"
            or "findings" or "results" or "numbers" or "investigation";
    }

    /// <summary>"According to a new report by Politico, …": the author of the report is part of the source.</summary>
    private TokenRange WithAuthor(TokenRange who, int se)
    {
        if (!v.IsWordEq(who.End, "by") || !v.IsCapitalized(who.End + 1)) return who;
        int e = who.End + 1;
        while (e < se && (v.IsCapitalized(e) || v.IsClitic(e))) e++;
        return new TokenRange(who.Start, e);
    }

    private bool IsDash(int k) => SpeakerFinder.IsDash(v, k);

    /// <summary>
    /// "…, said one GOP source in the room.": a prepositional phrase that runs to the end of the sentence, with no verb
    /// or clause in it, only places or qualifies the inverted speaker; the report still ends there.
    /// </summary>
    private bool IsTrailingPhrase(int k, int se)
    {
        if (!v.IsWord(k) || !char.IsLower(v.Word(k)[0]) || !QuoteLexicon.Preposition.Contains(v.Word(k))) return false;
        int end = se;
        while (end > k && !v.IsWord(end - 1) && v.Tokens[end - 1].Kind != TokenKind.Number) end--; // the closing stop
        if (end - k > 8 || end <= k + 1) return false;
        for (int j = k + 1; j < end; j++)
        {
            if (!v.IsWord(j) && v.Tokens[j].Kind != TokenKind.Number && !v.IsClitic(j)) return false;
            if (v.IsWord(j) && (QuoteLexicon.Breaker.Contains(v.Word(j)) || QuoteLexicon.Cue.Contains(v.Word(j)) || QuoteLexicon.Pronoun.Contains(v.Word(j)))) return false;
        }

        return true;
    }

    /// <summary>
    /// "noted the two are very close", "confirmed the deal was done": a clause with its "that" left out, told by a
    /// short subject (a determiner or a name and at most three more words) and then a finite verb; "noted the rule
    /// in the interview" has none, so the cue's object is no report.
    /// </summary>
    private bool OpensClause(int k, int se)
    {
        if (!v.IsWord(k) || !(QuoteLexicon.Determiner.Contains(v.Word(k)) || v.IsCapitalized(k))) return false;
        for (int j = k + 1; j < Math.Min(se, k + 5); j++)
        {
            if (!v.IsWord(j) && !v.IsClitic(j)) return false;
            var w = v.Word(j);
            if (w is "is" or "are" or "was" or "were" or "has" or "have" or "had" || IsModal(w)) return true;
            if (QuoteLexicon.Preposition.Contains(w) || QuoteLexicon.Breaker.Contains(w)) return false;
        }

        return false;
    }

    /// <summary>A modal verb in lower case ("could", "will"; not the month "May"): a clause has begun.</summary>
    private static bool IsModal(ReadOnlySpan<char> w) =>
        w is "could" or "would" or "will" or "can" or "should" or "must" or "might" or "may";

    /// <summary>"said — on Twitter, as it happens — that …": a dashed aside right after the cue is no content.</summary>
    private int SkipDashedAside(int k, int se)
    {
        if (!IsDash(k)) return k;
        for (int close = IsDash(k + 1) ? k + 2 : k + 1; close < Math.Min(se, k + 14); close++)
        {
            if (IsDash(close)) return IsDash(close + 1) ? close + 2 : close + 1;
        }

        return k;
    }
}
