namespace Corroborate.Analysis.Quotes;

/// <summary>
/// What stands around a speaker phrase without being it: roles speaking for a body, appositive roles after a name,
/// sourcing phrases, adjuncts, dashed asides and abbreviation stops.
/// </summary>
internal static partial class SpeakerFinder
{
    /// <summary>
    /// "top staff in a briefing with those same reporters acknowledged": a phrase that is the object of an adjunct's
    /// preposition does not speak; the phrase before the adjuncts does (at most three adjuncts back). When no phrase
    /// stands there, the first one is kept: a doubtful speaker still leaves the report found.
    /// </summary>
    private static TokenRange PastAdjuncts(TokenView v, TokenRange phrase, int lo)
    {
        if (RoleOf(v, phrase, lo) is { IsEmpty: false } role) return role;
        if (ShareOf(v, phrase, lo) is { IsEmpty: false } share) return share;
        var found = phrase;
        for (int hops = 0; hops < 3 && !found.IsEmpty; hops++)
        {
            int p = found.Start - 1;
            if (p - 1 < lo || !v.IsWord(p) || !char.IsLower(v.Word(p)[0]) || !QuoteLexicon.Preposition.Contains(v.Word(p))
                || QuoteLexicon.PhrasePreposition.Contains(v.Word(p)) || !QuoteLexicon.Determiner.Contains(v.Word(found.Start)))
            {
                return found;
            }

            found = PhraseBefore(v, p - 1, lo);
        }

        return found.IsEmpty ? phrase : found;
    }

    /// <summary>
    /// "about half of the voters said", "47 percent of those polled said", "most of the delegates said": a share of
    /// the people found speaks for its part, when the share opens the clause. Empty when no share stands before "of".
    /// </summary>
    private static TokenRange ShareOf(TokenView v, TokenRange phrase, int lo)
    {
        int k = phrase.Start - 2;
        if (phrase.IsEmpty || k < lo || !v.IsWordEq(k + 1, "of")) return default;
        bool share = IsCount(v, k) || v.IsWord(k) && v.Word(k).ToString().ToLowerInvariant() is "half" or "third" or "quarter" or "majority"
            or "most" or "many" or "some" or "all" or "percent" or "two-thirds" or "several" or "few";
        if (!share) return default;
        int s = k;
        while (s - 1 >= lo && (IsCount(v, s - 1) || v.IsWordEq(s - 1, "a") || v.IsWordEq(s - 1, "the") || IsHedge(v, s - 1)
            || v.IsWord(s - 1) && v.Word(s - 1).ToString().ToLowerInvariant() is "nearly" or "almost" or "roughly" or "only" or "just")) s--;
        if (s - 2 >= lo && v.IsWordEq(s - 1, "than") && v.IsWord(s - 2) && v.Word(s - 2).ToString().ToLowerInvariant() is "more" or "fewer" or "less") s -= 2;
        return ClauseInitial(v, s) ? new TokenRange(s, phrase.End) : default;
    }

    /// <summary>
    /// "attorneys for the family said", "a spokeswoman for the city said": the phrase found before the cue is what
    /// a role speaks for; the role and its phrase speak together. Empty when no role stands before the preposition.
    /// </summary>
    private static TokenRange RoleOf(TokenView v, TokenRange phrase, int lo)
    {
        int p = phrase.Start - 1;
        if (phrase.IsEmpty || p - 1 < lo || !v.IsWord(p) || !char.IsLower(v.Word(p)[0]) || !QuoteLexicon.PhrasePreposition.Contains(v.Word(p))
            || !v.IsWord(p - 1) || !QuoteLexicon.IsPeople(v.Word(p - 1)))
        {
            return default;
        }

        var role = PhraseBefore(v, p - 1, lo);
        if (role.IsEmpty || role.End != p) return default;
        // "John Christie, head of production for Paperny Films, …, said": the role is an appositive of the name.
        return AppositiveName(v, role.Start, phrase.End, lo) is { IsEmpty: false } name ? name : new TokenRange(role.Start, phrase.End);
    }

    /// <summary>
    /// "Vladimir Putin, President of Russia, said": the name before an appositive role [start, end) speaks. A plural
    /// is no appositive of one name: in "… in Ohio, officials said" the officials speak. Empty when no such name.
    /// </summary>
    private static TokenRange AppositiveName(TokenView v, int start, int end, int lo)
    {
        if (!(start >= lo + 2 && v.Is(start - 1, ',') && v.IsCapitalized(start - 2) && HasRole(v, start, end))) return default;
        int role = start;
        while (!(v.IsWord(role) && QuoteLexicon.PersonRole.Contains(v.Word(role)))) role++;
        if (IsPluralWord(v.Word(role))) return default;
        int n = start - 2;
        while (n - 1 >= lo && v.IsCapitalized(n - 1)) n--;
        // The name must open its clause: in "… from a pier in Harbour Point, the mayor said" it is a place.
        bool opens = n == v.SentenceStart(n) || n - 1 >= lo && !v.IsWord(n - 1);
        return opens && IsNameRun(v, n, start - 1) && !(n == v.SentenceStart(n) && start - 1 - n == 1) && AfterOpener(v, n, start) == n
            ? new TokenRange(n, start - 1)
            : default;
    }

    /// <summary>
    /// "three people familiar with the matter", "a source with knowledge of the talks", "officials close to the
    /// negotiations": the phrase found before the cue is the topic of the sourcing phrase; the speakers come before it.
    /// </summary>
    private static TokenRange WithSourcing(TokenView v, TokenRange phrase, int lo)
    {
        if (phrase.IsEmpty || phrase.Start - 2 < lo) return phrase;
        int head = SourcingHead(v, phrase.Start - 1);
        if (head < lo) return phrase;
        var speakers = PhraseBefore(v, head, lo);
        return speakers.IsEmpty ? phrase : new TokenRange(speakers.Start, phrase.End);
    }

    /// <summary>
    /// People or a name ending just before token <paramref name="end"/>: "an architect" in "an architect who said …",
    /// "30 percent of voters" in "30 percent of voters who said …"; not a thing ("a radio program who …" is a slip).
    /// </summary>
    public static TokenRange PeopleBefore(TokenView v, int end, int lo)
    {
        // The antecedent stands right before "who": no adjunct lies between (so not Before's PastAdjuncts).
        var r = end - 1 >= lo ? WithSourcing(v, PhraseBefore(v, end - 1, lo), lo) : default;
        if (r.IsEmpty) return default;
        return QuoteLexicon.IsPeople(v.Word(r.End - 1)) || IsNameRun(v, r.Start, r.End) ? r : NameBefore(v, end, lo);
    }

    /// <summary>
    /// "The mayor and the governor said", "Police and firefighters said": a phrase after "and" speaks together with
    /// the people or body before it, when that one opens the clause (a name pair, "Ines Moreau and Pavel Dunst", is
    /// already one phrase).
    /// </summary>
    private static TokenRange Coordinated(TokenView v, TokenRange phrase, int lo)
    {
        if (phrase.IsEmpty || !v.IsWordEq(phrase.Start - 1, "and") || phrase.Start - 2 < lo) return phrase;
        var left = PhraseBefore(v, phrase.Start - 2, lo);
        if (left.IsEmpty || left.End != phrase.Start - 1) return phrase;
        var head = v.Word(left.End - 1);
        bool speaks = QuoteLexicon.IsPeople(head) || QuoteLexicon.BodyHead.Contains(head);
        bool opens = left.Start == v.SentenceStart(left.Start) || v.Is(left.Start - 1, ',');
        return speaks && opens ? new TokenRange(left.Start, phrase.End) : phrase;
    }

    /// <summary>A dash that opens or closes an aside: an em or en dash, or two hyphens.</summary>
    internal static bool IsDash(TokenView v, int k) =>
        k >= 0 && k < v.Count && (v.Span(k).Length == 1 && v.Text[v.Span(k).Start] is '\u2014' or '\u2013' || v.Text.AsSpan(v.Span(k).Start, v.Span(k).Length) is "--"
            || IsHyphenPair(v, k) || IsHyphenPair(v, k - 1));

    /// <summary>Token <paramref name="k"/> and the next are two hyphens written together: "--", a typed dash.</summary>
    private static bool IsHyphenPair(TokenView v, int k) =>
        k >= 0 && k + 1 < v.Count && v.Is(k, '-') && v.Is(k + 1, '-') && v.Span(k).End == v.Span(k + 1).Start;

    /// <summary>The stop of an initial or a short abbreviation written onto it ("James B. Comey", "Rep."), not a sentence's end.</summary>
    private static bool IsAbbreviationStop(TokenView v, int k, int lo) =>
        k - 1 >= lo && v.IsCapitalized(k - 1) && v.Span(k - 1).Length <= 4 && v.Span(k - 1).End == v.Span(k).Start;
}
