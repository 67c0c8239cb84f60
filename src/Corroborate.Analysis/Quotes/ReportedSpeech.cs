using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Analysis.Quotes;

/// <summary>
/// Reported speech without marks, sentence by sentence: "X said (that) …", "X told Y (that) …", "…, X said.",
/// "according to X, …" and "…, according to X.". The content runs to the end of the sentence or to the next
/// attribution in it ("Ukraine estimates that …, with the UN estimating that …").
/// </summary>
internal sealed partial class ReportedSpeech(TokenView v, SpeakerResolver resolver, bool[] used, List<QuotedSegment> segments)
{
    /// <summary>Reported content shorter than this is a fragment, not a claim (GGT dev has none under 3 words).</summary>
    private const int MinContentWords = 3;

    // The quotes found so far, marked and reported, for the speaker a pronoun continues (see PreviousSpeaker).
    private List<QuoteDraft> _direct = [];
    private List<QuoteDraft> _reported = [];

    public List<QuoteDraft> Find(List<QuoteDraft> direct)
    {
        _direct = direct;
        var lastSpeaker = new Dictionary<int, (Speaker Speaker, TokenRange Tokens)>();
        foreach (var d in direct)
        {
            if (d.CueToken >= 0 && d.Speaker is not null) lastSpeaker[v.SentenceStart(d.CueToken)] = (d.Speaker, d.SpeakerTokens);
        }

        var drafts = new List<QuoteDraft>();
        _reported = drafts;
        int labelSentence = -1;
        for (int i = 0; i < v.Count; i++)
        {
            int ss = v.SentenceStart(i);
            if (i == ss && IsLabelLine(i)) labelSentence = ss;
            if (ss == labelSentence || !v.IsWord(i) || v.Quoted[i] || used[i]) continue;
            var w = v.Word(i);
            int se = ContentEnd(v.SentenceEnd(i));
            int before = drafts.Count;
            if (w.Equals("according", StringComparison.OrdinalIgnoreCase) && v.IsWordEq(i + 1, "to"))
            {
                if (According(i, ss, se) is { } d) drafts.Add(d);
            }
            else if (w is "called" or "calls" or "call" or "calling" && (v.IsWordEq(i + 1, "for") || v.IsWordEq(i + 1, "on")) && !IsNoun(v, i) && !Article(v, i - 1))
            {
                Verb(i, ss, se, lastSpeaker, drafts, particle: true); // "The union called for a new vote", "called on voters to …"
            }
            else if (QuoteLexicon.Cue.Contains(w) && (char.IsLower(w[0]) || HeadlineCue(i, ss, se)) && !IsNoun(v, i) && !Continues(i) && !HeadsFinding(i, ss, se))
            {
                Verb(i, ss, se, lastSpeaker, drafts);
            }
            else if ((IsFindingVerb(i) || IsHeadlineFinding(i, ss, se)) && FindingSource(i, ss) is { IsEmpty: false } source)
            {
                Verb(i, ss, se, lastSpeaker, drafts, source: source); // "A Bloomberg poll shows that …", "the study found that …"
            }
            else if (w is "points" or "pointed" or "pointing" && v.IsWordEq(i + 1, "out") && v.IsWordEq(i + 2, "that"))
            {
                Verb(i, ss, se, lastSpeaker, drafts, particle: true); // "Foster points out that …"
            }

            if (drafts.Count == before) continue;
            used[i] = true;
            for (int k = drafts.Count - 1; k >= before; k--)
            {
                var d = drafts[k];
                if (d.Content.Length == 0 || CoveredByDirect(d.Content)) drafts.RemoveAt(k);
                else if (d.Speaker is not null) lastSpeaker[ss] = (d.Speaker, d.SpeakerTokens);
            }
        }

        // Bound each content at the next attribution of the same sentence.
        for (int a = 0; a < drafts.Count; a++)
        {
            for (int b = 0; b < drafts.Count; b++)
            {
                if (a == b || drafts[b].CueToken == drafts[a].CueToken) continue;
                var sb = drafts[b].SpeakerTokens;
                var c = drafts[a].Content;
                // "He said A and said that B": a speaker written before this content (the coordinated verb's) does not
                // mark where the next attribution starts; its cue, with the "and" before it, does.
                int cue = drafts[b].CueToken;
                int start = sb.IsEmpty || sb.Start > cue || v.Span(sb.Start).Start < c.Start
                    ? v.Span(v.IsWordEq(cue - 1, "and") || v.IsWordEq(cue - 1, "but") ? cue - 1 : cue).Start
                    : v.Span(sb.Start).Start;
                if (start > c.Start && start < c.End) drafts[a].Content = Trim(new TextSpan(c.Start, start));
            }
        }

        foreach (var d in drafts) d.Content = WithoutChannelAdjunct(d.Content);
        drafts.RemoveAll(d => Words(d.Content) < MinContentWords);
        foreach (var d in drafts) d.Span = d.Span.Union(d.Content);
        return drafts;
    }

    /// <summary>"READ MORE: …", "WATCH: …": a link or video label line, not reporting.</summary>
    private bool IsLabelLine(int i)
    {
        for (int k = i; k < Math.Min(v.Count, i + 3); k++)
        {
            if (v.Is(k, ':')) return k > i;
            if (!v.IsWord(k) || v.Word(k).ToString() is not ("READ" or "MORE" or "WATCH" or "Watch" or "RELATED" or "LISTEN" or "VIDEO" or "SEE" or "ALSO")) return false;
        }

        return false;
    }

    /// <summary>"But," / "However," / "In 2019,": a lead-in before "according to", not reported content.</summary>
    private bool IsLeadIn(int ss, int comma) => comma - ss <= 3;

    private QuoteDraft? According(int i, int ss, int se)
    {
        var who = SpeakerFinder.After(v, i + 2, se, source: true);
        if (who.IsEmpty) return null;
        who = WithAuthor(who, se);
        TextSpan content;
        // The comma may sit inside a closing quote mark: '… is “fulfilled,” according to the Daily Beast.' A dash
        // closing an aside stands where the comma would: '… or flat out wrong — according to the journal.'
        int comma = v.Is(i - 1, ',') || IsDash(i - 1) ? i - 1 : v.IsQuoteMark(i - 1) && v.Is(i - 2, ',') ? i - 2 : -1;
        if (comma > ss && !IsLeadIn(ss, comma))
        {
            content = Between(ss, comma); // "…, according to the city."
        }
        else if (v.Is(who.End, ',') && !(comma > ss && QuoteLexicon.Determiner.Contains(v.Word(ss))))
        {
            // Not "The result, according to a survey, is …": there the source is an aside inside the sentence.
            content = Between(SkipAppositive(who.End + 1, se), se); // "According to X, …" (maybe after "But,")
        }
        else
        {
            return null;
        }

        return Draft(i, who, "according to", content, se, null);
    }

    /// <param name="particle">The cue is a phrasal verb whose particle follows it ("pointed out").</param>
    private void Verb(int i, int ss, int se, Dictionary<int, (Speaker Speaker, TokenRange Tokens)> lastSpeaker, List<QuoteDraft> drafts, bool particle = false,
        TokenRange source = default)
    {
        var w = v.Word(i);
        string cue = particle ? $"{w.ToString().ToLowerInvariant()} {v.Word(i + 1)}" : w.ToString().ToLowerInvariant();
        // What a finding shows needs no "that" either ("the poll shows the mayor leading"), nor does a demand ("called
        // for a new vote"); "points out" comes here only with its "that".
        bool say = QuoteLexicon.SayCue.Contains(w) || !source.IsEmpty || particle;
        bool participle = w.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
        var who = source.IsEmpty ? SpeakerFinder.BeforeOrSubject(v, i, ss) : source;
        // "The office published a notice Tuesday saying that …": what the notice says, its publisher says.
        // "A government official downplayed the unrest saying that …": the object of a verb is no speaker either.
        if (participle && (SpeakerFinder.HoldsChannel(v, who) || SpeakerFinder.IsObjectOfVerb(v, who))) who = SpeakerFinder.ClauseSubject(v, i);
        Speaker? inherited = null;
        if (who.IsEmpty && participle && v.Is(PrevNonAdverb(i), ','))
        {
            // "…,” he said, adding that …": the speaker of the attribution before it in the sentence.
            if (lastSpeaker.TryGetValue(ss, out var last)) inherited = last.Speaker;
            else who = SpeakerFinder.ClauseSubject(v, i);
        }

        if (who.IsEmpty && inherited is null && (v.IsWordEq(PrevNonAdverb(i), "and") || v.IsWordEq(PrevNonAdverb(i), "but")))
        {
            // "He said …, and added he …": the same subject; "Cruz urged delegates to … and said he …": the subject
            // of the clause whose second verb the cue is.
            who = lastSpeaker.TryGetValue(ss, out var coordinated) ? coordinated.Tokens : SpeakerFinder.ClauseSubject(v, i);
        }

        if (who.IsEmpty && inherited is null && (v.IsWordEq(i - 1, "that") || v.IsWordEq(i - 1, "which"))) who = SpeakerFinder.ClauseSubject(v, i);

        // "Jo Kim, who said the plan had failed, left early": the name before the relative aside speaks, and what
        // Kim said ends with the aside.
        bool relative = false;
        if (who.IsEmpty && inherited is null && v.IsWordEq(i - 1, "who") && v.Is(i - 2, ','))
        {
            who = SpeakerFinder.NameBefore(v, i - 2, ss);
            relative = !who.IsEmpty;
        }
        // "voters who said they had misgivings", "an architect who said he was stiffed": the people the relative
        // clause describes speak, and what they said runs on as usual.
        bool restrictive = who.IsEmpty && inherited is null && v.IsWordEq(i - 1, "who") && i - 2 >= ss && v.IsWord(i - 2);
        if (restrictive) who = SpeakerFinder.PeopleBefore(v, i - 1, ss);
        bool inverted = false;
        bool commaInQuote = v.IsQuoteMark(i - 1) && v.Is(i - 2, ',');
        if (who.IsEmpty && inherited is null && (v.Is(i - 1, ',') || commaInQuote))
        {
            // "…, said Jane Smith." / "…, said Smith, the mayor."
            var after = SpeakerFinder.After(v, i + 1, se);
            if (!after.IsEmpty && (SkipAdjuncts(after.End, se) >= se || v.Is(after.End, ',') || IsTrailingPhrase(after.End, se))) (who, inverted) = (after, true);
        }

        if (who.IsEmpty && inherited is null) return;
        if (!who.IsEmpty && v.IsWordEq(who.Start - 1, "than")) return; // "higher than city reports say it is": a comparison
        if (!particle && Commits(i, se))
        {
            // "promised to continue the invasion …, increasing fears of …": the participle clause is the writer's.
            int end = i + 2;
            while (end < se && !(v.Is(end, ',') && end + 1 < se && IsParticipleComment(end + 1))) end++;
            drafts.Add(Draft(i, who, cue, Between(i + 1, end), se, inherited)); // "pledged to push for an amendment"
            return;
        }

        int next = inverted ? SkipAdjuncts(who.End, se) : particle ? i + 2 : SkipDashedAside(i + 1, se);
        if (!inverted && QuoteLexicon.ObjectCue.Contains(w)) next = SkipObject(next, se);
        if (!inverted) next = SkipAdjuncts(next, se);
        // "asked whether the plan would pass", "wondered why …": a reported question stands where a "that" would.
        bool that = v.IsWordEq(next, "that") || w is "asked" or "asks" or "asking" or "wondered" && IsQuestionWord(next);
        if (v.IsWordEq(next, "that")) next++;
        if (that && v.Is(next, ',') && next + 1 < se) next++; // "said that, if elected, he would …": an aside opens the clause

        if (relative)
        {
            // "X, who writes about food on his blog,": a cue with no clause after it reports nothing.
            if (!that && !(say && !(v.IsWord(next) && QuoteLexicon.Preposition.Contains(v.Word(next))))) return;
            int end = next;
            while (end < se && !v.Is(end, ',') && !v.IsQuoteMark(end)) end++;
            if (end > next && (end >= se || v.Is(end, ','))) drafts.Add(Draft(i, who, cue, Between(next, end), se, null));
            return;
        }

        // "…, X said." and "A, X said, B": the content is before the attribution (and after it, when it sits inside).
        if (!that && (next >= se || v.Is(next, '.') || v.Is(next, ',') || v.Is(next, ';') || inverted) && inherited is null)
        {
            int comma = (inverted ? i : who.Start) - 1;
            if (v.IsQuoteMark(comma) && v.Is(comma - 1, ',')) comma++; // "… are “very exciting,” says Kim": keep the mark
            else if (!v.Is(comma, ',') || comma <= ss) return;
            drafts.Add(Draft(i, who, cue, Between(ss, comma), se, null));
            if (!inverted && (v.Is(next, ',') || v.Is(next, ';')) && next + 1 < se && !AttachedToCue(next + 1)) drafts.Add(Draft(i, who, cue, Between(next + 1, se), se, null));
            return;
        }

        if (next >= se || v.Is(next, ',') || !v.IsWord(next) && !v.IsQuoteMark(next) && v.Tokens[next].Kind != TokenKind.Number) return;
        // "an expert who writes extensively about …": in a relative clause only a clause ("who said [he] …") is content.
        if (restrictive && !that && v.IsWord(next) && !(QuoteLexicon.Pronoun.Contains(v.Word(next)) || QuoteLexicon.Determiner.Contains(v.Word(next)) || v.IsCapitalized(next))) return;
        if (!that && !say && !(v.IsWord(next) && QuoteLexicon.Pronoun.Contains(v.Word(next)) || v.IsWordEq(next, "there") || OpensClause(next, se))) return;
        // "said about the plan" is no report, but "said about half of …" is: "about" before a figure is "roughly".
        bool roughly = v.IsWordEq(next, "about") && next + 1 < se && (v.Tokens[next + 1].Kind == TokenKind.Number || v.IsWord(next + 1) && v.Word(next + 1) is "half" or "one" or "two" or "three");
        if (!that && v.IsWord(next) && (QuoteLexicon.Preposition.Contains(v.Word(next)) && !roughly || v.IsWordEq(next, "by") || v.IsWordEq(next, "so"))) return;
        if (!that && v.IsWord(next) && v.Word(next) is "and" or "but" or "or") return; // "reported on Monday and said …": the next verb's
        if (!that && (v.IsWordEq(next, "nothing") || v.IsWordEq(next, "little"))) return; // "He said nothing after …": he did not speak
        drafts.Add(Draft(i, who, cue, Between(next, se), se, inherited));
    }

    /// <summary>"the country continues to recover from …": "continue" reports speech only after a quote ("…,” she continued").</summary>
    private bool Continues(int i) => v.Word(i).StartsWith("continue", StringComparison.Ordinal) && v.IsWordEq(i + 1, "to");

    /// <summary>
    /// "pledged to push for an amendment", "vowed to remain civil": what a commitment commits to is its content, the
    /// "to" included. Not "promised to the voters" nor "agreed to a deal": a verb must follow the "to".
    /// </summary>
    private bool Commits(int i, int se) =>
        QuoteLexicon.Commitment.Contains(v.Word(i)) && v.IsWordEq(i + 1, "to") && i + 2 < se && v.IsWord(i + 2) && char.IsLower(v.Word(i + 2)[0])
        && !QuoteLexicon.Determiner.Contains(v.Word(i + 2)) && !QuoteLexicon.Pronoun.Contains(v.Word(i + 2)) && !QuoteLexicon.Preposition.Contains(v.Word(i + 2));

    private bool IsQuestionWord(int k) =>
        v.IsWord(k) && v.Word(k).ToString().ToLowerInvariant() is "whether" or "if" or "why" or "how" or "what" or "when" or "who" or "where" or "which";

    /// <summary>
    /// After "A, X said on Friday, …": a date ("October 17, …") or an adverbial clause ("as rescuers …", "after
    /// the vote") that tells when or how X spoke, not a second part of what X said ("A, X said, B").
    /// </summary>
    private bool AttachedToCue(int k) =>
        v.IsWord(k) && v.Word(k) is "January" or "February" or "March" or "April" or "May" or "June" or "July" or "August" or "September"
            or "October" or "November" or "December" or "as" or "after" or "before" or "when" or "while" or "because" or "since" or "following" or "amid" or "during"
        || v.Tokens[k].Kind == TokenKind.Number
        || IsParticipleComment(k);

    /// <summary>"…, the Red Cross said, raising the possibility of …": a participle clause comments on the report; it
    /// is not more of what was said (a cue participle, "adding that …", is its own attribution).</summary>
    private bool IsParticipleComment(int k) =>
        v.IsWord(k) && char.IsLower(v.Word(k)[0]) && v.Word(k).EndsWith("ing", StringComparison.Ordinal) && v.Word(k).Length > 5
        && !QuoteLexicon.Cue.Contains(v.Word(k));

    /// <summary>
    /// "a new report shows", "the examiner's report would …", "A final report is due": a cue that is also a noun
    /// ("report", "claims") right after an article or a possessive, or after an article and one word, is the noun;
    /// "the president's alleged demands": "alleged" there is an adjective.
    /// </summary>
    internal static bool IsNoun(TokenView v, int i) =>
        v.Word(i).ToString().ToLowerInvariant() is "report" or "reports" or "claim" or "claims" or "estimate" or "estimates" or "promise"
            or "promises" or "call" or "calls" or "notes" or "states" or "tweets" or "comments" or "remarks" or "alleged" or "stated"
        && (Article(v, i - 1) || v.IsClitic(i - 1) || Article(v, i - 2) && v.IsWord(i - 1) && char.IsLower(v.Word(i - 1)[0]) && !QuoteLexicon.Adverb.Contains(v.Word(i - 1))
            || Demonstrative(v, i - 1) || IsSubjectOfVerb(v, i) || Counted(v, i));

    /// <summary>"two reports", "50 member states that …": a count before the word (with at most one word between) makes it a noun.</summary>
    private static bool Counted(TokenView v, int i) =>
        i >= 1 && v.Tokens[i - 1].Kind == TokenKind.Number
        || i >= 2 && v.Tokens[i - 2].Kind == TokenKind.Number && v.IsWord(i - 1) && char.IsLower(v.Word(i - 1)[0]) && !v.IsWordEq(i - 1, "percent");

    /// <summary>
    /// "this report", "those claims", and "said that claim smacked of hypocrisy": a demonstrative before the cue makes
    /// it a noun; "that" does so only after a speech verb, since "reports that claim …" is a relative clause.
    /// </summary>
    private static bool Demonstrative(TokenView v, int k) =>
        k >= 0 && v.IsWord(k) && (v.Word(k).ToString().ToLowerInvariant() is "this" or "these" or "those"
            || v.IsWordEq(k, "that") && k - 1 >= 0 && v.IsWord(k - 1) && QuoteLexicon.Cue.Contains(v.Word(k - 1)));

    /// <summary>
    /// "weekly jobless claims dropped below 300,000", "claims have dipped": a plural noun cue followed by a verb is
    /// the subject of that verb, not a speech verb.
    /// </summary>
    private static bool IsSubjectOfVerb(TokenView v, int i) =>
        v.Word(i).ToString().ToLowerInvariant() is "reports" or "claims" or "estimates" or "promises" or "calls" or "notes" or "comments" or "remarks" or "states"
        && v.IsWord(i + 1) && v.Word(i + 1).ToString() is var next && char.IsLower(next[0])
        && (next is "have" or "has" or "had" or "were" or "was" or "are" or "is" or "rose" or "fell" or "remain" or "remained"
            || next.EndsWith("ed", StringComparison.Ordinal) && next.Length > 4);

    private static bool Article(TokenView v, int k) =>
        k >= 0 && v.IsWord(k) && v.Word(k).ToString().ToLowerInvariant() is "a" or "an" or "the" or "his" or "her" or "their" or "its" or "our" or "my" or "your";

    /// <summary>"told reporters (that)", "told HuffPost Canada the …", "told him": the listener, then the content.</summary>
    private int SkipObject(int k, int se)
    {
        for (int j = k; j < Math.Min(se, k + 6); j++)
        {
            if (v.IsWordEq(j, "that")) return j;
            if (v.Is(j, ',') || v.IsQuoteMark(j)) break;
        }

        if (k >= se || !v.IsWord(k)) return k;
        var first = v.Word(k);
        if (first is "him" or "her" or "them" or "us" or "me" or "reporters" or "journalists" or "supporters" or "colleagues") return k + 1;
        if (v.IsCapitalized(k))
        {
            int e = k;
            while (e < se && (v.IsCapitalized(e) || v.IsClitic(e) || v.Is(e, '.') && e > k && v.IsCapitalized(e - 1))) e++;
            // "told People magazine", "told Channel 4 television": the medium's common noun is part of the listener.
            if (e < se && v.IsWord(e) && v.Word(e) is "magazine" or "newspaper" or "radio" or "television" or "tv" or "website" or "network" or "channel" or "podcast") e++;
            return e;
        }

        if (QuoteLexicon.Determiner.Contains(first) && k + 1 < se && v.IsCapitalized(k + 1))
        {
            // "told the Associated Press", "told the New York Times": an article and a name.
            int e = k + 1;
            while (e < se && (v.IsCapitalized(e) || v.IsClitic(e))) e++;
            return e;
        }

        if (QuoteLexicon.Determiner.Contains(first))
        {
            int e = k + 1;
            while (e < se && e < k + 4 && v.IsWord(e) && char.IsLower(v.Text[v.Span(e).Start]) && !QuoteLexicon.Determiner.Contains(v.Word(e)) && !QuoteLexicon.Pronoun.Contains(v.Word(e))) e++;
            return e;
        }

        return k;
    }

    /// <summary>Skips what sits between a cue and its content without being reported: "in a statement on
    /// Friday", "in July", "Monday", "to CBC News", "however,". Jumps to a "that" met within a few such words.</summary>
    private int SkipAdjuncts(int k, int se)
    {
        // "said in an interview with The Associated Press last week that …": an adjunct may run longer than an object.
        int reach = k < se && v.IsWord(k) && char.IsLower(v.Word(k)[0]) && QuoteLexicon.Preposition.Contains(v.Word(k)) ? 12 : 9;
        for (int j = k; j < Math.Min(se, k + reach); j++)
        {
            // "said the test could change that.": a "that" with nothing after it is a pronoun, and a modal before it
            // ("could") shows the content has begun.
            if (v.IsWordEq(j, "that") && j > k && j + 1 < se && (v.IsWord(j + 1) || v.IsQuoteMark(j + 1) || v.Tokens[j + 1].Kind == TokenKind.Number)) return j;
            if (v.IsWord(j) && IsModal(v.Word(j))) break;
            if (v.IsQuoteMark(j) || v.IsWord(j) && (QuoteLexicon.Breaker.Contains(v.Word(j)) || QuoteLexicon.Cue.Contains(v.Word(j)) || QuoteLexicon.Pronoun.Contains(v.Word(j)))) break;
        }

        while (k < se)
        {
            if (IsTimeWord(k) || v.IsWordEq(k, "however") || v.IsWordEq(k, "also") || v.IsWordEq(k, "again"))
            {
                k++;
                if (v.IsClitic(k)) return k - 1; // "Tuesday's remarks": the content starts here
                continue;
            }

            if (v.IsWord(k) && char.IsLower(v.Text[v.Span(k).Start]) && v.Word(k) is "in" or "on" or "at" or "during" or "to" or "via" or "through" or "from" or "earlier" or "later" or "last" or "this")
            {
                int e = k + 1;
                while (e < se && e < k + 6 && v.IsWord(e) && (QuoteLexicon.Determiner.Contains(v.Word(e)) || v.IsCapitalized(e) || IsTimeWord(e)
                    || QuoteLexicon.Channel.ContainsKey(v.Word(e)) || QuoteLexicon.BodyHead.Contains(v.Word(e)) || v.Word(e) is "blog" or "post" or "media" or "news" or "conference" or "week" or "month" or "year" or "morning" or "afternoon" or "evening" or "night")) e++;
                while (e < se && (v.IsClitic(e) || v.IsCapitalized(e) || v.Word(e) is "blog" or "post" or "media" or "report" or "release" or "conference")) e++;
                if (e == k + 1) return k;
                k = e;
                continue;
            }

            if (v.Is(k, ',') && k + 1 < se && (IsTimeWord(k + 1) || v.IsWordEq(k + 1, "however") || v.IsWordEq(k + 1, "that"))) { k++; continue; }
            break;
        }

        return k;
    }

    private bool IsTimeWord(int k) =>
        k < v.Count && v.IsWord(k) && v.Word(k) is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday"
            or "today" or "yesterday" or "tonight" or "recently" or "earlier" or "later" or "previously" or "week" or "month" or "year";

    private QuoteDraft Draft(int cue, TokenRange who, string cueText, TextSpan content, int se, Speaker? inherited)
    {
        var head = FindingHead(who);
        var speaker = inherited ?? resolver.Resolve(head, PreviousSpeaker(v.Span(cue).Start));
        if (inherited is null && speaker is not null && head.End < who.End) speaker = speaker with { Span = new TextSpan(v.Span(who.Start).Start, v.Span(who.End - 1).End) };
        var span = content.Union(v.Span(cue));
        if (inherited is null) span = span.Union(v.Span(who.Start)).Union(v.Span(who.End - 1));
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
                ?? v.ChannelIn(who.IsEmpty ? cue : Math.Min(who.Start, cue), content.Start > v.Span(cue).Start ? v.IndexAtOrAfter(content.Start) : se),
        };
    }

    /// <summary>The speaker of the last quote, marked or reported, that starts before <paramref name="position"/>.</summary>
    private Speaker? PreviousSpeaker(int position)
    {
        QuoteDraft? last = null;
        foreach (var d in _direct.Concat(_reported))
        {
            if (d.Speaker is not null && d.Span.Start < position && (last is null || d.Span.Start > last.Span.Start)) last = d;
        }

        return last?.Speaker;
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
        for (int k = v.IndexAtOrAfter(s.Start); k < v.Count && v.Span(k).End <= s.End; k++) if (v.IsWord(k) || v.Tokens[k].Kind == TokenKind.Number) n++;
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
