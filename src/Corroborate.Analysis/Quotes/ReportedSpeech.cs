using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Analysis.Quotes;

/// <summary>
/// Reported speech without marks, sentence by sentence: "X said (that) …", "X told Y (that) …", "…, X said.",
/// "according to X, …" and "…, according to X.". The content runs to the end of the sentence or to the next
/// attribution in it ("Ukraine estimates that …, with the UN estimating that …").
/// </summary>
internal sealed class ReportedSpeech(TokenView v, SpeakerResolver resolver, bool[] used, List<QuotedSegment> segments)
{
    /// <summary>Reported content shorter than this is a fragment, not a claim (GGT dev has none under 3 words).</summary>
    private const int MinContentWords = 3;

    public List<QuoteDraft> Find()
    {
        var drafts = new List<QuoteDraft>();
        for (int i = 0; i < v.Count; i++)
        {
            if (!v.IsWord(i) || v.Quoted[i] || used[i]) continue;
            var w = v.Word(i);
            int ss = v.SentenceStart(i), se = ContentEnd(v.SentenceEnd(i));
            QuoteDraft? d = null;
            if (w.Equals("according", StringComparison.OrdinalIgnoreCase) && v.IsWordEq(i + 1, "to"))
            {
                d = According(i, ss, se);
            }
            else if (QuoteLexicon.Cue.Contains(w) && char.IsLower(w[0]))
            {
                d = Verb(i, ss, se);
            }

            if (d is null) continue;
            used[i] = true;
            if (d.Content.Length == 0 || CoveredByDirect(d.Content)) continue;
            drafts.Add(d);
        }

        // Bound each content at the next attribution of the same sentence.
        for (int a = 0; a < drafts.Count; a++)
        {
            for (int b = 0; b < drafts.Count; b++)
            {
                if (a == b) continue;
                int start = drafts[b].SpeakerTokens.IsEmpty ? v.Span(drafts[b].CueToken).Start : v.Span(drafts[b].SpeakerTokens.Start).Start;
                var c = drafts[a].Content;
                if (start > c.Start && start < c.End) drafts[a].Content = Trim(new TextSpan(c.Start, start));
            }
        }

        drafts.RemoveAll(d => Words(d.Content) < MinContentWords);
        foreach (var d in drafts) d.Span = d.Span.Union(d.Content);
        return drafts;
    }

    private QuoteDraft? According(int i, int ss, int se)
    {
        var who = SpeakerFinder.After(v, i + 2, se);
        if (who.IsEmpty) return null;
        TextSpan content;
        if (v.Is(who.End, ',') && (i == ss || v.Is(i - 1, ',')))
        {
            content = Between(SkipAppositive(who.End + 1, se), se);
        }
        else if (v.Is(i - 1, ','))
        {
            content = Between(ss, i - 1);
        }
        else
        {
            return null;
        }

        return Draft(i, who, "according to", content, se);
    }

    private QuoteDraft? Verb(int i, int ss, int se)
    {
        var w = v.Word(i);
        bool participle = w.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        var who = SpeakerFinder.BeforeOrSubject(v, i, ss);
        if (who.IsEmpty && participle && v.Is(PrevNonAdverb(i), ',')) who = SpeakerFinder.ClauseSubject(v, i);
        if (who.IsEmpty && (v.IsWordEq(i - 1, "that") || v.IsWordEq(i - 1, "which"))) who = SpeakerFinder.ClauseSubject(v, i);
        bool inverted = false;
        if (who.IsEmpty && v.Is(i - 1, ','))
        {
            who = SpeakerFinder.After(v, i + 1, se); // "…, said Jane Smith."
            inverted = !who.IsEmpty;
        }

        if (who.IsEmpty) return null;
        string cue = w.ToString().ToLowerInvariant();
        int next = inverted ? who.End : i + 1;
        if (!inverted && QuoteLexicon.ObjectCue.Contains(w))
        {
            int that = -1;
            for (int k = next; k < Math.Min(se, next + 6); k++)
            {
                if (v.IsWordEq(k, "that")) { that = k; break; }
            }

            next = that >= 0 ? that : SkipPhrase(next, se);
        }

        next = SkipChannelPhrase(next, se);
        bool that2 = v.IsWordEq(next, "that");
        if (that2) next++;

        // "…, X said." — the content is what comes before.
        bool atEnd = next >= se || v.Is(next, '.') || inverted;
        if (atEnd)
        {
            int comma = (inverted ? i : who.Start) - 1;
            if (!v.Is(comma, ',') || comma <= ss) return null;
            return Draft(i, who, cue, Between(ss, comma), se);
        }

        if (v.Is(next, ',') || !v.IsWord(next) && !v.IsQuoteMark(next) && v.Tokens[next].Kind != TokenKind.Number) return null;
        if (QuoteLexicon.WeakCue.Contains(w) && !that2) return null;
        if (!that2 && v.IsWord(next) && QuoteLexicon.Preposition.Contains(v.Word(next))) return null;
        return Draft(i, who, cue, Between(next, se), se);
    }

    private QuoteDraft Draft(int cue, TokenRange who, string cueText, TextSpan content, int se)
    {
        var speaker = resolver.Resolve(who, null);
        var span = content.Union(v.Span(cue)).Union(v.Span(who.Start)).Union(v.Span(who.End - 1));
        return new QuoteDraft
        {
            Kind = QuoteKind.Indirect,
            Span = span,
            Content = content,
            Speaker = speaker,
            SpeakerTokens = who,
            CueToken = cue,
            Cue = cueText,
            Channel = (speaker?.Description is { } d ? AttributionFinder.DescriptionChannel(d) : null)
                ?? v.ChannelIn(Math.Min(who.Start, cue), content.Start > v.Span(cue).Start ? v.IndexAtOrAfter(content.Start) : se),
        };
    }

    /// <summary>"According to Jane Doe, UN high commissioner for human rights, 227 …": skip the role aside.</summary>
    private int SkipAppositive(int k, int se)
    {
        for (int j = k; j < Math.Min(se, k + 10); j++)
        {
            if (!v.Is(j, ',')) continue;
            for (int r = k; r < j; r++)
            {
                if (v.IsWord(r) && QuoteLexicon.PersonRole.Contains(v.Word(r))) return j + 1;
            }

            break;
        }

        return k;
    }

    private int SkipPhrase(int k, int se)
    {
        var obj = SpeakerFinder.After(v, k, se);
        return obj.IsEmpty ? k : obj.End;
    }

    /// <summary>"said in a statement (,) that …", "said on Twitter": the phrase names the channel, not the content.</summary>
    private int SkipChannelPhrase(int k, int se)
    {
        if (!(v.IsWordEq(k, "in") || v.IsWordEq(k, "on") || v.IsWordEq(k, "during"))) return k;
        for (int j = k + 1; j < Math.Min(se, k + 6); j++)
        {
            if (v.IsWord(j) && QuoteLexicon.Channel.ContainsKey(v.Word(j)))
            {
                int e = j + 1;
                if (v.Is(e, ',')) e++;
                return e;
            }
        }

        return k;
    }

    private int PrevNonAdverb(int i)
    {
        int k = i - 1;
        while (k >= 0 && v.IsWord(k) && QuoteLexicon.Adverb.Contains(v.Word(k))) k--;
        return k;
    }

    /// <summary>The sentence end without its final full stop.</summary>
    private int ContentEnd(int se)
    {
        int e = se;
        while (e > 0 && (v.Is(e - 1, '.') || v.Is(e - 1, '!') || v.Is(e - 1, '?'))) e--;
        return e;
    }

    private TextSpan Between(int fromToken, int toToken)
    {
        if (fromToken >= toToken || fromToken >= v.Count) return default;
        return Trim(new TextSpan(v.Span(fromToken).Start, v.Span(toToken - 1).End));
    }

    private TextSpan Trim(TextSpan s)
    {
        int a = s.Start, b = s.End;
        while (b > a && (char.IsWhiteSpace(v.Text[b - 1]) || v.Text[b - 1] is ',' or ';' or ':')) b--;
        if (b > a && v.IsWordEq(v.IndexAtOrAfter(b) - 1, "with") && v.Span(v.IndexAtOrAfter(b) - 1).End == b)
        {
            b = v.Span(v.IndexAtOrAfter(b) - 1).Start;
            while (b > a && (char.IsWhiteSpace(v.Text[b - 1]) || v.Text[b - 1] == ',')) b--;
        }

        return new TextSpan(a, b);
    }

    private int Words(TextSpan s)
    {
        int n = 0;
        for (int k = v.IndexAtOrAfter(s.Start); k < v.Count && v.Span(k).End <= s.End; k++) if (v.IsWord(k)) n++;
        return n;
    }

    private bool CoveredByDirect(TextSpan content)
    {
        foreach (var seg in segments)
        {
            if (seg.Outer.Start > content.End) break;
            if (seg.Outer.OverlapLength(content) * 10 >= content.Length * 8) return true;
        }

        return false;
    }
}
