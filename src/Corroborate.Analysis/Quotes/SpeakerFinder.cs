namespace Corroborate.Analysis.Quotes;

/// <summary>Token range [Start, End) of a speaker phrase.</summary>
internal readonly record struct TokenRange(int Start, int End)
{
    public bool IsEmpty => End <= Start;
}

/// <summary>
/// Finds where a speaker is written around a cue, from the shape of the sentence: the noun phrase before the
/// cue ("an aide to Macron said"), after it ("said Smith"), or the subject of the clause when the phrase
/// before the cue sits inside a prepositional phrase ("Putin in a call with Macron on Thursday said").
/// </summary>
internal static partial class SpeakerFinder
{
    private const int MaxPhraseTokens = 10;

    /// <summary>Tokens a bracketed aside between a name and its cue may hold ("(D-Wis.)" is six).</summary>
    private const int MaxAsideTokens = 8;

    /// <summary>Tokens from a sentence's opening name to the comma before its cue, across several asides.</summary>
    private const int MaxAsideChainTokens = 40;

    /// <summary>The phrase ending just before token <paramref name="cue"/>, not reaching before <paramref name="lo"/>.</summary>
    public static TokenRange Before(TokenView v, int cue, int lo)
    {
        int j = SkipParenthesisBack(v, SkipAdverbsBack(v, cue - 1, lo), lo);
        var phrase = PhraseBefore(v, j, lo);
        phrase = Coordinated(v, PastAdjuncts(v, WithSourcing(v, phrase, lo), lo), lo);
        return phrase.IsEmpty && j >= lo && v.Is(j, ',') ? SubjectBeforeAsides(v, j, lo) : phrase;
    }

    /// <summary>The phrase ending at token <paramref name="j"/> (a comma ending an aside, or the phrase's last word).</summary>
    private static TokenRange PhraseBefore(TokenView v, int j, int lo)
    {
        if (IsDash(v, j))
        {
            // "Ann Vale — co-editor of Harbour Notes — said": the phrase before a dashed aside speaks.
            if (IsHyphenPair(v, j - 1)) j--;
            int open = j - 1;
            while (open >= lo && open > j - 26 && !IsDash(v, open) && !v.Is(open, '.') && !v.IsQuoteMark(open)) open--;
            if (IsHyphenPair(v, open - 1)) open--;
            if (open < lo + 1 || !IsDash(v, open)) return default;
            var before = PhraseBefore(v, open - 1, lo);
            return !before.IsEmpty && IsNameRun(v, before.Start, before.End) ? before : default;
        }

        if (j >= lo && v.Is(j, ','))
        {
            // "Bachelet, UN high commissioner for human rights, said" and "had, in turn, told": skip the aside.
            // The aside may be long ("chief executive of a company in the … complex that offers …"), so allow
            // up to 25 tokens when a capitalised name stands before it; short asides ("in turn") need no name.
            int k = j - 1;
            while (k >= lo && k > j - 26 && !v.Is(k, ',') && !(v.Is(k, '.') && !IsAbbreviationStop(v, k, lo)) && !v.IsQuoteMark(k) && !v.Is(k, ';')) k--;
            if (k < lo || !v.Is(k, ',')) return default;
            int named = SkipParenthesisBack(v, k - 1, lo);
            if (j - k > 6 && !(named >= lo && v.IsCapitalized(named))) return default;
            if (named >= lo && AfterOpener(v, named, j) != named) return default; // "Ironically, it is …, said Tyler"

            // "His lawyer, Zhang Dongshuo, said": the name in the aside is the speaker.
            if (IsNameRun(v, k + 1, j) && !IsNameRun(v, k - 1, k)) return new TokenRange(k + 1, j);
            j = SkipParenthesisBack(v, SkipAdverbsBack(v, k - 1, lo), lo); // "Rep. Jim Jordan (R-Ohio), a panel member, said"
        }

        if (j < lo) return default;
        if (v.IsWord(j) && QuoteLexicon.Pronoun.Contains(v.Word(j))) return new TokenRange(j, j + 1);
        int end = j + 1;
        int lower = 0;
        bool determiner = false;
        while (j >= lo && end - j <= MaxPhraseTokens)
        {
            var w = v.Word(j);
            if (v.IsClitic(j))
            {
                j--;
                continue;
            }

            // "The World Health Organization (WHO) chief said": an acronym in brackets inside the phrase.
            if (v.Is(j, ')') && j + 1 < end && SkipParenthesisBack(v, j, lo) is int opened && opened < j && v.IsCapitalized(j - 1))
            {
                j = opened;
                continue;
            }

            if (!v.IsWord(j) && v.Tokens[j].Kind != Model.TokenKind.Number && !(v.Is(j, '.') && j > lo && v.IsCapitalized(j - 1)))
            {
                break;
            }

            // "reports that Trump called", "revelations that senators said": before a name or a plural, "that" is a
            // conjunction or a relative, not a determiner of the speaker.
            if (v.IsWordEq(j, "that") && (v.IsCapitalized(j + 1) || v.IsWord(j + 1) && IsPluralWord(v.Word(j + 1)))) break;
            // "When Clinton noted", "But the mayor said": a capitalised conjunction opens the clause; it is no name.
            // An acronym is a name, whatever word it spells ("The WHO chief said").
            if (v.IsWord(j) && char.IsUpper(w[0]) && QuoteLexicon.Breaker.Contains(w) && !IsAcronym(w)) break;
            if (v.IsWord(j) && QuoteLexicon.Determiner.Contains(w) && (char.IsLower(w[0]) || j == v.SentenceStart(j) || w is "The" or "A" or "An"))
            {
                j--;
                determiner = true;
                break;
            }

            if (v.IsWord(j) && char.IsLower(w[0]))
            {
                // "…, US and Qatari officials said": a capitalised word and "and" right after the comma coordinate the speakers.
                if (w is "and" && j - 1 > lo && v.IsCapitalized(j - 1) && (v.Is(j - 2, ',') || j - 1 == v.SentenceStart(j - 1)) && j + 1 < end && v.IsCapitalized(j + 1))
                {
                    j -= 2;
                    break;
                }

                if (QuoteLexicon.Breaker.Contains(w)) break; // "as city staff said": a conjunction, not an adjunct
                if (w is "in" && j + 1 < end && v.Tokens[j + 1].Kind == Model.TokenKind.Number && j - 1 >= lo && IsCount(v, j - 1))
                {
                    j--; // "4 in 10 said": a ratio, not an adjunct
                    continue;
                }

                if (IsHedge(v, j))
                {
                    j--; // "about half of the voters said": a hedge on a share, not an adjunct
                    continue;
                }

                if (QuoteLexicon.Preposition.Contains(w))
                {
                    // "an aide to Macron", "commissioner for human rights": a preposition inside the phrase;
                    // "on Thursday said", "in a call with Macron said": an adjunct, so the clause subject speaks.
                    if (!QuoteLexicon.PhrasePreposition.Contains(w)) return default;
                    if (j - 1 < lo || !v.IsWord(j - 1) || QuoteLexicon.Breaker.Contains(v.Word(j - 1)) || QuoteLexicon.Preposition.Contains(v.Word(j - 1))) break;
                    if (j + 1 >= end) break;
                }
                else if (QuoteLexicon.Breaker.Contains(w) || QuoteLexicon.Cue.Contains(w) && !(j + 1 == end && ReportedSpeech.IsNoun(v, j))
                    || QuoteLexicon.Pronoun.Contains(w) || ++lower > 4)
                {
                    break; // but "the congressional report said": a cue word that is the head noun belongs to the phrase
                }
            }

            j--;
        }

        int start = j + 1;
        while (start < end && v.IsWord(start) && char.IsLower(v.Text[v.Span(start).Start]) && QuoteLexicon.Preposition.Contains(v.Word(start)) && !IsHedge(v, start)) start++;
        // "On Wednesday Suncor disclosed": a time opening the sentence is no part of the speaker.
        if (start + 2 < end && QuoteLexicon.Preposition.Contains(v.Word(start)) && QuoteLexicon.TimeWord.Contains(v.Word(start + 1))) start += 2;
        if (start < end && determiner && end - start == 1 && v.Word(start).ToString().ToLowerInvariant() is "several" or "many" or "most" or "some" or "others" or "both"
            && ClauseInitial(v, start))
        {
            return new TokenRange(start, end); // "Several said they would …": a quantity of the people just described
        }

        // "More than 4 in 10 said", "Fewer than half said": a comparative bound opens a share of those asked.
        if (start < end && start - 2 >= lo && v.IsWordEq(start - 1, "than") && v.IsWord(start - 2)
            && v.Word(start - 2).ToString().ToLowerInvariant() is "more" or "fewer" or "less" && (IsCount(v, start) || v.IsWordEq(start, "half")))
        {
            start -= 2;
        }

        if (start >= end || determiner && end - start == 1) return default;
        if (v.Is(end, ',') && IsPrepositionAside(v, j, start, lo)) return default;
        if (AppositiveName(v, start, end, lo) is { IsEmpty: false } name) return name;

        if (AllTimeWords(v, start, end)) return default;

        if (!determiner && !LooksLikeSpeaker(v, start, end)) return default;
        return new TokenRange(start, end);
    }

    /// <summary>
    /// "Marley Anderson, 21, a junior from Las Vegas, said", "Jo Kim, the head of the union, which backed Smith in
    /// May, said": the name that opens the sentence speaks across several asides, which may hold abbreviations
    /// ("Mich.", "Mrs. Clinton"), titles in quotes and a relative clause, up to <see cref="MaxAsideChainTokens"/>.
    /// </summary>
    private static TokenRange SubjectBeforeAsides(TokenView v, int comma, int lo)
    {
        int ss = Math.Max(lo, v.SentenceStart(comma));
        if (ss < comma && v.IsWord(ss) && char.IsUpper(v.Word(ss)[0]) && QuoteLexicon.Breaker.Contains(v.Word(ss))) ss++; // "But Jo Kim, …"
        ss = AfterOpener(v, ss, comma);
        if (comma - ss > MaxAsideChainTokens) return default;
        int first = ss + 1;
        while (first < comma && !v.Is(first, ',')) first++;
        if (first >= comma) return default;
        for (int k = first; k < comma; k++)
        {
            if (v.Is(k, ';') || v.Is(k, ':')) return default; // a full stop inside one sentence is an abbreviation's
        }

        var subject = Before(v, first, ss);
        if (subject.IsEmpty || subject.Start != ss || QuoteLexicon.Preposition.Contains(v.Word(ss))) return default;
        if (QuoteLexicon.Adverb.Contains(v.Word(ss)) && !IsNameRun(v, ss, subject.End)) return default; // "However, …" but "Will Young"
        for (int k = subject.Start; k < subject.End; k++)
        {
            if (v.IsWord(k) && IsHead(v, k)) return subject; // "the head of the union", "Somali group al-Shabaab"
        }

        return IsNameRun(v, subject.Start, subject.End) ? subject : default;
    }

    /// <summary>
    /// ", of Toledo, Ohio, said": a phrase between commas that a preposition opens is a place or a time aside,
    /// no speaker (the name before it may be: see <see cref="SubjectBeforeAsides"/>). <paramref name="j"/>
    /// is where the backward scan stopped, <paramref name="start"/> the phrase's first word after prepositions.
    /// </summary>
    private static bool IsPrepositionAside(TokenView v, int j, int start, int lo)
    {
        bool preposition = j >= lo && v.IsWord(j) && char.IsLower(v.Text[v.Span(j).Start]) && QuoteLexicon.Preposition.Contains(v.Word(j));
        return preposition && j - 1 >= lo && v.Is(j - 1, ',') || start > j + 1 && j >= lo && v.Is(j, ',');
    }

    /// <summary>A name or a role ending just before token <paramref name="end"/> ("Jo Kim" in "Jo Kim, who said …").</summary>
    public static TokenRange NameBefore(TokenView v, int end, int lo)
    {
        var r = Before(v, end, lo);
        if (r.IsEmpty) return default;
        if (IsNameRun(v, r.Start, r.End) || HasRole(v, r.Start, r.End)) return r;
        // "He beat Ted Cruz, who said …": the phrase took in the verb before the name; the name alone is the one.
        for (int s = r.Start + 1; s < r.End; s++)
        {
            if (!v.IsCapitalized(s - 1) && IsNameRun(v, s, r.End)) return new TokenRange(s, r.End);
        }

        return default;
    }

    /// <summary>The phrase starting at token <paramref name="i"/>: "said [Jane Smith], the mayor", "according to [X]".</summary>
    /// <param name="source">
    /// The phrase follows "according to", which names a source whatever it is ("exit polls", "federal statistics",
    /// "show insiders"), so it need not look like a speaker.
    /// </param>
    public static TokenRange After(TokenView v, int i, int hi, bool source = false)
    {
        int start = i;
        int j = i;
        if (j < hi && v.IsWord(j) && QuoteLexicon.Pronoun.Contains(v.Word(j))) return new TokenRange(j, j + 1);
        while (j < hi && j - start < MaxPhraseTokens)
        {
            if (v.IsClitic(j))
            {
                j++;
                continue;
            }

            if (v.Is(j, '.') && j > start && v.IsCapitalized(j - 1) && v.Span(j - 1).Length <= 4 && j + 1 < hi && v.IsCapitalized(j + 1)
                && v.Span(j - 1).End == v.Span(j).Start)
            {
                j++; // "Rep. Jim McGovern", "Dr. Matthew Bowes"
                continue;
            }

            if ((v.Is(j, '-') || v.Is(j, '/')) && j > start && j + 1 < hi && v.Span(j - 1).End == v.Span(j).Start && v.Span(j).End == v.Span(j + 1).Start)
            {
                j++; // "the 39-year-old founder", "9/11 widow Terry Strada": a number joined to a word or a number
                continue;
            }

            if (!v.IsWord(j) && v.Tokens[j].Kind != Model.TokenKind.Number) break;
            var w = v.Word(j);
            if (w is "and" && j > start && char.IsLower(v.Word(start)[0]) && v.IsCapitalized(j - 1) && j + 1 < hi && v.IsCapitalized(j + 1))
            {
                j++; // "according to new Customs and Border Protection data": "and" inside a body's name ("said Ines Moreau and Pavel Dunst" is a pair)
                continue;
            }

            if (char.IsLower(w[0]) && j > start)
            {
                if (QuoteLexicon.Preposition.Contains(w))
                {
                    // "a statement released by the Prime Minister's Office": "by" after a participle names the author.
                    bool author = w is "by" && v.IsWord(j - 1) && v.Word(j - 1).EndsWith("ed", StringComparison.Ordinal);
                    if (!(w is "of" or "for" or "to" or "at" or "from" || author) || j + 1 >= hi || !v.IsWord(j + 1)) break;
                }
                else if (QuoteLexicon.Determiner.Contains(v.Word(start)) && QuoteLexicon.Cue.Contains(w)
                    && (j == start + 1 || w is "report" or "estimate" or "claim" or "note" or "comment" or "remark" or "tweet" or "promise"))
                {
                    // "according to a report published in …", "according to a new Senate report": after a determiner
                    // (and its modifiers, for a word that is only a noun there) a cue word is the noun, and the phrase
                    // ends with it.
                    j++;
                    break;
                }
                else if (QuoteLexicon.Determiner.Contains(v.Word(start)) && w.EndsWith("ly", StringComparison.Ordinal) && j + 1 < hi && v.IsWord(j + 1)
                    && char.IsLower(v.Word(j + 1)[0]) && !QuoteLexicon.Preposition.Contains(v.Word(j + 1)) && !QuoteLexicon.Cue.Contains(v.Word(j + 1))
                    && !QuoteLexicon.Breaker.Contains(v.Word(j + 1)))
                {
                    // "according to a previously undisclosed report": an adverb inside the phrase modifies the next word.
                }
                else if (QuoteLexicon.Breaker.Contains(w) || QuoteLexicon.Cue.Contains(w) || QuoteLexicon.Adverb.Contains(w))
                {
                    break;
                }
            }

            j++;
        }

        while (j > start && v.IsWord(j - 1) && QuoteLexicon.Preposition.Contains(v.Word(j - 1))) j--;
        if (j <= start) return default;
        return source || LooksLikeSpeaker(v, start, j) || QuoteLexicon.Determiner.Contains(v.Word(start)) ? new TokenRange(start, j) : default;
    }

    /// <summary>The subject at the start of the clause holding token <paramref name="i"/>: a pronoun, a run of
    /// capitalised words ("Putin in a call …" → "Putin"), or a short determiner phrase ("the company").</summary>
    public static TokenRange ClauseSubject(TokenView v, int i)
    {
        int s = v.SentenceStart(i);
        while (s < i && !v.IsWord(s)) s++;
        if (s >= i) return default;
        if (QuoteLexicon.Preposition.Contains(v.Word(s)) || IsParticiple(v.Word(s)))
        {
            // "In an interview with CNBC on Monday, Pompeo praised … and said", "Looking back on her career, she told
            // Playboy:", "Asked if …, he replied:": the subject follows the opening phrase.
            int comma = s + 1;
            while (comma < Math.Min(i, s + 14) && !v.Is(comma, ',') && !v.IsQuoteMark(comma)) comma++;
            if (comma < i && v.Is(comma, ',') && comma + 1 < i && v.IsWord(comma + 1)) s = comma + 1;
        }

        s = AfterOpener(v, s, i);
        var first = v.Word(s);
        if (QuoteLexicon.Pronoun.Contains(first)) return new TokenRange(s, s + 1);
        if (QuoteLexicon.Adverb.Contains(first) || QuoteLexicon.Preposition.Contains(first) || QuoteLexicon.Breaker.Contains(first)) return default;
        int e = s;
        if (QuoteLexicon.Determiner.Contains(first))
        {
            e++;
            while (e < i && e - s < 5 && v.IsWord(e) && !QuoteLexicon.Breaker.Contains(v.Word(e)) && !QuoteLexicon.Cue.Contains(v.Word(e))
                && !QuoteLexicon.Adverb.Contains(v.Word(e)) && !QuoteLexicon.Preposition.Contains(v.Word(e)) && !IsHead(v, e - 1)) e++;
            // "a government official", "the police spokesman": a head noun may name the body of the head after it.
            if (e < i && e - s < 6 && IsHead(v, e - 1) && v.IsWord(e) && QuoteLexicon.PersonRole.Contains(v.Word(e))) e++;
            if (e - s >= 2 && IsHead(v, e - 1)) return new TokenRange(s, e);
            // "the Wisconsin Republican criticized … and said": a determiner and capitalised words name someone.
            int c = s + 1;
            while (c < i && c - s <= 4 && (v.IsCapitalized(c) || v.IsClitic(c))) c++;
            return c > s + 1 && c < i && v.IsWord(c) && char.IsLower(v.Word(c)[0]) && !QuoteLexicon.Preposition.Contains(v.Word(c)) ? new TokenRange(s, c) : default;
        }

        // "U.S. Secretary of State Mike Pompeo": "of" between capitalised words stays in the name.
        while (e < i && (v.IsCapitalized(e) || v.IsClitic(e) && e + 1 < i && v.IsWord(e + 1)
            || v.IsWordEq(e, "of") && e > s && e + 1 < i && v.IsCapitalized(e + 1)
            || v.Is(e, '.') && e > s && v.Span(e - 1).Length <= 4 && e + 1 < i && v.IsCapitalized(e + 1))) e++; // "Mr. Vance"
        if (e < i && v.IsClitic(e - 1)) e--;
        // "Team president Ed Stefanski said", "Chinese foreign ministry spokeswoman Hua Chunying said": a capitalised
        // word opening the sentence, a role of up to three words and a name are one phrase.
        if (e == s + 1)
        {
            int n = e;
            while (n < i && n < e + 3 && v.IsWord(n) && char.IsLower(v.Text[v.Span(n).Start]) && !QuoteLexicon.Breaker.Contains(v.Word(n))
                && !QuoteLexicon.Cue.Contains(v.Word(n)) && !QuoteLexicon.Preposition.Contains(v.Word(n)) && !QuoteLexicon.Adverb.Contains(v.Word(n))) n++;
            int name = n;
            while (name < i && v.IsCapitalized(name)) name++;
            if (n > e && name > n) e = name;
        }

        return e > s ? new TokenRange(s, e) : default;
    }

    /// <summary>Whether the phrase holds a channel word ("a notice Tuesday", "its statement"): a document, not its author.</summary>
    public static bool HoldsChannel(TokenView v, TokenRange r)
    {
        for (int k = r.Start; k < r.End; k++)
        {
            if (v.IsWord(k) && QuoteLexicon.Channel.ContainsKey(v.Word(k))) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a lowercase phrase follows a verb of its clause ("downplayed [the unrest] saying"): an object, not
    /// the subject of the participle after it.
    /// </summary>
    public static bool IsObjectOfVerb(TokenView v, TokenRange r)
    {
        if (r.IsEmpty || r.Start == 0 || ClauseInitial(v, r.Start) || v.IsCapitalized(r.Start)) return false;
        int k = r.Start - 1;
        return v.IsWord(k) && char.IsLower(v.Word(k)[0]) && v.Word(k).EndsWith("ed", StringComparison.Ordinal) && !QuoteLexicon.Preposition.Contains(v.Word(k));
    }

    /// <summary>A capitalised participle opening a sentence ("Looking back …,", "Asked whether …,").</summary>
    private static bool IsParticiple(ReadOnlySpan<char> word) =>
        word.Length > 4 && char.IsUpper(word[0]) && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal));

    /// <summary>Before the cue, else the clause subject when the words before the cue are an adjunct.</summary>
    public static TokenRange BeforeOrSubject(TokenView v, int cue, int lo)
    {
        var r = Before(v, cue, lo);
        if (!r.IsEmpty) return r;
        int k = SkipAdverbsBack(v, cue - 1, lo);
        return k >= lo && v.IsWord(k) && (v.IsCapitalized(k) || !QuoteLexicon.Breaker.Contains(v.Word(k))) && v.SentenceStart(cue) >= lo - 0
            ? ClauseSubjectIfAdjunct(v, cue, lo)
            : default;
    }

    private static TokenRange ClauseSubjectIfAdjunct(TokenView v, int cue, int lo)
    {
        // Only when a preposition lies between the subject and the cue ("Putin in a call … said").
        var subject = ClauseSubject(v, cue);
        if (subject.IsEmpty || subject.Start < lo) return default;
        for (int k = subject.End; k < cue; k++)
        {
            if (v.Is(k, ',') || v.IsQuoteMark(k) || v.IsWord(k) && (QuoteLexicon.Breaker.Contains(v.Word(k)) || QuoteLexicon.Cue.Contains(v.Word(k)))) return default;
        }

        return subject.End < cue && v.IsWord(subject.End) && QuoteLexicon.Preposition.Contains(v.Word(subject.End)) ? subject : default;
    }

    /// <summary>"about half", "over 40 percent", "around a third": a preposition that bounds the share after it.</summary>
    private static bool IsHedge(TokenView v, int k) =>
        v.IsWord(k) && v.Word(k) is "about" or "around" or "over" or "About" or "Around" or "Over" && k + 1 < v.Count
        && (IsCount(v, k + 1) || v.IsWord(k + 1) && v.Word(k + 1).ToString().ToLowerInvariant() is "half" or "a" or "third" or "quarter" or "two-thirds");

    /// <summary>A figure or a number word below ten ("4", "Six"): the first term of "4 in 10".</summary>
    private static bool IsCount(TokenView v, int k) =>
        v.Tokens[k].Kind == Model.TokenKind.Number
        || v.IsWord(k) && v.Word(k).ToString().ToLowerInvariant() is "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine";

    /// <summary>A short run of capitalised words that is a name, not a connective ("However") or a date.</summary>
    private static bool IsNameRun(TokenView v, int start, int end)
    {
        if (end <= start || end - start > 5) return false;
        for (int k = start; k < end; k++)
        {
            if (!v.IsCapitalized(k) && !v.IsClitic(k) && !(v.Is(k, '.') && k > start)) return false;
            var w = v.Word(k);
            if (w is "Will" or "May" && k == start && k + 1 < end && v.IsCapitalized(k + 1)) continue; // "Will Young", "May Chen": names
            if (QuoteLexicon.Adverb.Contains(w) || QuoteLexicon.Breaker.Contains(w) || QuoteLexicon.Preposition.Contains(w)
                || QuoteLexicon.Determiner.Contains(w) || QuoteLexicon.Pronoun.Contains(w)) return false;
        }

        return !AllTimeWords(v, start, end);
    }

    /// <summary>
    /// Past a sentence opener and its comma ("Instead, …", "Ironically, …", "Early Tuesday, …"), the token where the
    /// clause starts; <paramref name="s"/> itself when the sentence opens otherwise.
    /// </summary>
    private static int AfterOpener(TokenView v, int s, int limit)
    {
        if (s != v.SentenceStart(s) || !v.IsWord(s)) return s;
        int comma = s + 1;
        while (comma < Math.Min(limit, s + 3) && v.IsWord(comma) && (QuoteLexicon.TimeWord.Contains(v.Word(comma)) || v.IsWordEq(comma, "morning"))) comma++;
        if (comma + 1 >= limit || !v.Is(comma, ',')) return s;
        bool opener = comma == s + 1 ? QuoteLexicon.IsOpener(v.Word(s)) : AllTimeWords(v, s, comma);
        return opener ? comma + 1 : s;
    }

    /// <summary>"on Friday", "this month", "early Friday": a time, not a speaker.</summary>
    private static bool AllTimeWords(TokenView v, int start, int end)
    {
        // "4 in 10" has no time word at all: a ratio, not a time.
        if (!Enumerable.Range(start, end - start).Any(k => v.IsWord(k) && QuoteLexicon.TimeWord.Contains(v.Word(k)))) return false;
        for (int k = start; k < end; k++)
        {
            if (!v.IsWord(k)) continue;
            var w = v.Word(k);
            if (!(QuoteLexicon.TimeWord.Contains(w) || QuoteLexicon.Preposition.Contains(w) || QuoteLexicon.Determiner.Contains(w)
                || w.Equals("early", StringComparison.OrdinalIgnoreCase) || w.Equals("late", StringComparison.OrdinalIgnoreCase)
                || w.Equals("last", StringComparison.OrdinalIgnoreCase) || w.Equals("next", StringComparison.OrdinalIgnoreCase)
                || w.Equals("past", StringComparison.OrdinalIgnoreCase) || w.Equals("much", StringComparison.OrdinalIgnoreCase))) return false;
        }

        return true;
    }

    private static bool IsHead(TokenView v, int k) =>
        QuoteLexicon.IsPeople(v.Word(k)) || QuoteLexicon.BodyHead.Contains(v.Word(k));

    private static bool HasRole(TokenView v, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (v.IsWord(k) && QuoteLexicon.PersonRole.Contains(v.Word(k))) return true;
        }

        return false;
    }

    private static int SkipAdverbsBack(TokenView v, int j, int lo)
    {
        while (j >= lo && v.IsWord(j) && QuoteLexicon.Adverb.Contains(v.Word(j))) j--;
        return j;
    }

    /// <summary>Two or more capitals and nothing else ("WHO", "CDC").</summary>
    private static bool IsAcronym(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (!char.IsUpper(c)) return false;
        }

        return w.Length > 1;
    }

    /// <summary>A word that reads as a plural noun ("senators", "people"; not "press", "status", "crisis").</summary>
    private static bool IsPluralWord(ReadOnlySpan<char> w) =>
        w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'u' or 'i') || w.Equals("people", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The last token of the speakers before a sourcing phrase whose preposition is at <paramref name="p"/>
    /// ("people [familiar with] …", "a source [with knowledge of] …"), or -1.
    /// </summary>
    private static int SourcingHead(TokenView v, int p)
    {
        string Lower(int k) => k >= 0 && v.IsWord(k) ? v.Word(k).ToString().ToLowerInvariant() : "";
        return Lower(p) switch
        {
            "with" when Lower(p - 1) is "familiar" => p - 2,
            "to" when Lower(p - 1) is "close" => p - 2,
            "on" when Lower(p - 1) is "briefed" => p - 2,
            "in" when Lower(p - 1) is "involved" => p - 2,
            "of" when Lower(p - 1) is "aware" => p - 2,
            "of" when Lower(p - 1) is "knowledge" && Lower(p - 2) is "with" or "direct" => Lower(p - 2) == "direct" ? p - 4 : p - 3,
            _ => -1,
        };
    }

    /// <summary>
    /// "Rep. Gwen Moore (D-Wis.) said", "Mike Pence (R-IN) said": a short bracketed aside after the name (party and
    /// state, an age, an abbreviation) is stepped over, so the name before it speaks. Returns the token before the
    /// opening bracket, or <paramref name="j"/> when no short aside ends there.
    /// </summary>
    private static int SkipParenthesisBack(TokenView v, int j, int lo)
    {
        if (j < lo || !v.Is(j, ')')) return j;
        for (int k = j - 1; k >= lo && k >= j - MaxAsideTokens; k--)
        {
            if (v.Is(k, '(')) return k - 1 >= lo && v.IsCapitalized(k - 1) ? SkipAdverbsBack(v, k - 1, lo) : j;
            if (v.Is(k, ')') || v.IsQuoteMark(k)) break;
        }

        return j;
    }

    /// <summary>A phrase can speak when it names someone or ends in a role or body: not "the war" or "fears".</summary>
    private static bool LooksLikeSpeaker(TokenView v, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (v.IsCapitalized(k) && !(k == v.SentenceStart(k) && k + 1 < end && !v.IsCapitalized(k + 1))) return true;
            if (v.IsWord(k) && v.Word(k) is var w && w.IndexOf('-') is > 0 and var dash && dash + 1 < w.Length && char.IsUpper(w[dash + 1])) return true; // "al-Shabaab"
        }

        var head = v.Word(end - 1);
        if (QuoteLexicon.IsPeople(head) || QuoteLexicon.BodyHead.Contains(head) || QuoteLexicon.Pronoun.Contains(head)) return true;
        // "47 percent said", "Nearly half said": a share of those polled.
        if (head is "percent" or "half" or "majority" or "third" or "quarter" && ClauseInitial(v, start)) return true;
        // "More than 4 in 10 said", "Six in 10 say": a share of those polled, written as a ratio.
        if (end - start >= 3 && v.IsWordEq(end - 2, "in") && v.Tokens[end - 1].Kind == Model.TokenKind.Number && ClauseInitial(v, start)) return true;

        // "observers say", "But some residents say": a short plural phrase opening its clause is the subject.
        return end - start <= 4 && ClauseInitial(v, start) && head.Length > 3 && head[^1] == 's' && !head.EndsWith("ss", StringComparison.Ordinal);
    }

    /// <summary>True when token <paramref name="k"/> opens a clause: sentence start, after , ; : or a conjunction.</summary>
    public static bool ClauseInitial(TokenView v, int k)
    {
        if (k == v.SentenceStart(k)) return true;
        if (v.Is(k - 1, ',') || v.Is(k - 1, ';') || v.Is(k - 1, ':') || v.IsQuoteMark(k - 1) || v.Is(k - 1, '—')) return true;
        return v.IsWord(k - 1) && v.Word(k - 1) is "and" or "but" or "But" or "while" or "While" or "as" or "that" or "because" or "when" or "However" or "however" or "And" or "so" or "though";
    }
}
