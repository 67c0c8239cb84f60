using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Analysis.Quotes;

/// <summary>
/// The shapes of a sentence that decide whether a cue reports and where its content starts: headlines, findings,
/// trailing phrases after an inverted speaker, a clause without "that", dashed asides, an author after "according to".
/// </summary>
internal sealed partial class ReportedSpeech
{
    /// <summary>Tokens a finding's subject may span before its verb ("The Real Clear Politics average of polls taken over the past two weeks").</summary>
    private const int MaxFindingSubject = 14;

    /// <summary>
    /// "Mayor Says Depot Will Close", "Depot Will Close, Harbour Mayor Says": in a headline every word is capitalised,
    /// the cue too. A sentence counts as one when it has a few words and nearly all of them are capitalised; only a
    /// saying verb counts there, not the wider cue list, since a capitalised "Claims" or "Reports" opens many titles.
    /// </summary>
    private bool HeadlineCue(int i, int ss, int se)
    {
        if (i == ss || !QuoteLexicon.SayCue.Contains(v.Word(i)) || !v.Word(i).EndsWith("s", StringComparison.Ordinal) && !v.Word(i).EndsWith("d", StringComparison.Ordinal)) return false;
        return IsHeadline(ss, se);
    }

    /// <summary>A sentence of a few words nearly all capitalised: a title.</summary>
    private bool IsHeadline(int ss, int se)
    {
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
    /// "A new poll shows that …", "The study found that …", "Video of the arrest shows …": a finding reports what its
    /// source holds, so polls, studies, data and footage "say" it; the same verbs after anyone else ("police found a
    /// body") report nothing. The source is the subject holding a finding noun (<see cref="QuoteLexicon.FindingNoun"/>),
    /// which may run on past it ("the latest poll released Friday shows", "an average of polls taken over two weeks
    /// shows"); empty when there is none.
    /// </summary>
    private TokenRange FindingSource(int i, int ss)
    {
        var before = SpeakerFinder.Before(v, i, ss);
        if (!before.IsEmpty && QuoteLexicon.FindingNoun.Contains(v.Word(before.End - 1))) return before;
        int start = i, found = -1;
        for (int k = i - 1; k >= ss && k >= i - MaxFindingSubject; k--)
        {
            // "The transcript of the debate–published by the Post–shows": a dashed aside inside the subject.
            if (IsDash(k) && k - 1 > ss)
            {
                int open = k - 1;
                while (open > ss && open > i - MaxFindingSubject && !IsDash(open)) open--;
                if (IsDash(open) && open < k - 1)
                {
                    k = open;
                    continue;
                }
            }

            if (!v.IsWord(k) && v.Tokens[k].Kind != TokenKind.Number && !v.Is(k, '/') && !v.Is(k, '-') && !v.IsClitic(k)) break;
            // The subject opens its clause: after "and", "that" or a verb ("doctors who looked at data found") the scan
            // is inside another clause, whose subject it cannot see; but a relative clause on the finding ("a 2014
            // study that appeared in the journal found") and "and" between names ("a study by Harvard and the
            // University of California found") are inside the subject.
            bool relative = v.IsWord(k) && v.Word(k) is "that" or "which" && v.IsWord(k - 1) && QuoteLexicon.FindingNoun.Contains(v.Word(k - 1));
            bool names = v.IsWordEq(k, "and") && v.IsCapitalized(k - 1);
            if (v.IsWord(k) && !relative && !names && (QuoteLexicon.Breaker.Contains(v.Word(k)) || QuoteLexicon.SayCue.Contains(v.Word(k)) && !QuoteLexicon.FindingNoun.Contains(v.Word(k)) || QuoteLexicon.Pronoun.Contains(v.Word(k))))
            {
                if (k == ss && char.IsUpper(v.Word(k)[0]) && QuoteLexicon.Breaker.Contains(v.Word(k))) break; // "Yet a 2014 study found"
                return default;
            }

            if (v.IsWord(k) && QuoteLexicon.FindingNoun.Contains(v.Word(k))) found = k;
            start = k;
        }

        bool opens = start == ss || start == ss + 1 && QuoteLexicon.Breaker.Contains(v.Word(ss)) || v.Is(start - 1, ',') || IsDash(start - 1) || v.IsQuoteMark(start - 1);
        return found < 0 || !opens ? default : new TokenRange(start, i);
    }

    /// <summary>
    /// "A 2014 study that appeared in a journal": the finding before its relative clause names the source, not the
    /// journal the clause mentions; any other phrase is its own head.
    /// </summary>
    private TokenRange FindingHead(TokenRange who)
    {
        for (int k = who.Start + 1; k < who.End; k++)
        {
            if (v.IsWord(k) && v.Word(k) is "that" or "which" && v.IsWord(k - 1) && QuoteLexicon.FindingNoun.Contains(v.Word(k - 1))) return new TokenRange(who.Start, k);
        }

        return who;
    }

    private bool IsFindingVerb(int i) => v.IsWord(i) && v.Word(i) is "shows" or "show" or "showed" or "found" or "finds" or "suggests" or "suggested";

    /// <summary>"New Poll Shows Bump for the Mayor": a finding verb capitalised in a headline.</summary>
    private bool IsHeadlineFinding(int i, int ss, int se) =>
        i > ss && v.IsWord(i) && v.Word(i) is "Shows" or "Finds" or "Suggests" && IsHeadline(ss, se);

    /// <summary>
    /// "A county office report released last year found that …": the noun "report" heads the subject of a finding,
    /// it does not report; the finding's verb is the cue.
    /// </summary>
    private bool HeadsFinding(int i, int ss, int se)
    {
        if (!QuoteLexicon.FindingNoun.Contains(v.Word(i))) return false;
        for (int j = i + 1; j < se && j <= i + MaxFindingSubject; j++)
        {
            if (v.Is(j, ',') || v.IsQuoteMark(j)) return false;
            if (IsFindingVerb(j)) return FindingSource(j, ss) is { IsEmpty: false } source && source.Start <= i;
        }

        return false;
    }

    /// <summary>
    /// "… would continue in a phone call with Macron on Thursday", "… in an interview on Sunday": a closing phrase that
    /// names how the speaker spoke tells of the report, not of what was said, so the content ends before it.
    /// </summary>
    private TextSpan WithoutChannelAdjunct(TextSpan content)
    {
        int first = v.IndexAtOrAfter(content.Start);
        for (int k = first + 3; k < v.Count && v.Span(k).End <= content.End; k++)
        {
            if (!(v.IsWordEq(k, "in") || v.IsWordEq(k, "during")) || !v.IsWord(k + 1) || !QuoteLexicon.Determiner.Contains(v.Word(k + 1))) continue;
            for (int j = k + 2; j <= k + 4 && j < v.Count && v.Span(j).End <= content.End; j++)
            {
                if (!v.IsWord(j)) break;
                if (QuoteLexicon.Channel.ContainsKey(v.Word(j)) || v.Word(j) is "call" or "conversation" or "briefing") return Trim(new TextSpan(content.Start, v.Span(k).Start));
            }
        }

        return content;
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
        if (!v.IsWord(k)) return false;
        // "noted clients are beginning to …": a bare plural subject right before its auxiliary.
        if (IsPlural(v.Word(k)) && char.IsLower(v.Word(k)[0]) && k + 1 < se && v.IsWord(k + 1) && IsAuxiliary(v.Word(k + 1))) return true;
        if (!(QuoteLexicon.Determiner.Contains(v.Word(k)) || v.IsCapitalized(k))) return false;
        for (int j = k + 1; j < Math.Min(se, k + 5); j++)
        {
            if (!v.IsWord(j) && !v.IsClitic(j)) return false;
            var w = v.Word(j);
            if (IsAuxiliary(w)) return true;
            // "noted his attorney offered to …": a verb in the past after a noun; right after the determiner it
            // is an adjective ("the proposed rule").
            if (j >= k + 2 && w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(w[0]) && !v.Word(j - 1).EndsWith("ly", StringComparison.Ordinal)) return true;
            if (QuoteLexicon.Preposition.Contains(w) || QuoteLexicon.Breaker.Contains(w)) return false;
        }

        return false;
    }

    private static bool IsAuxiliary(ReadOnlySpan<char> w) => w is "is" or "are" or "was" or "were" or "has" or "have" or "had" || IsModal(w);

    private static bool IsPlural(ReadOnlySpan<char> w) => w.Length > 3 && w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal);

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
