using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Analysis.Quotes;

/// <summary>
/// Turns a speaker phrase into a <see cref="Speaker"/>: the entity mentioned there; a pronoun or role to the
/// nearest compatible entity before it; "X's office" and "an aide to X" kept as descriptions tied to X; names the
/// entity layer missed keep their text with no id (so a thin entity layer degrades to names, not to nothing).
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly Document _document;
    private readonly TokenView _v;
    private readonly (TextSpan Span, Entity Entity)[] _mentions;

    public SpeakerResolver(Document document, TokenView view)
    {
        _document = document;
        _v = view;
        _mentions = [.. document.Entities.SelectMany(e => e.Mentions.Select(m => (m.Span, e))).OrderBy(m => m.Span.Start)];
    }

    public Speaker? Resolve(TokenRange range, Speaker? previous)
    {
        if (range.IsEmpty) return null;
        var span = new TextSpan(_v.Span(range.Start).Start, _v.Span(range.End - 1).End);
        string text = _v.Text.Substring(span.Start, span.Length);
        var first = _v.Word(range.Start);
        bool indefinite = first.Equals("a", StringComparison.OrdinalIgnoreCase) || first.Equals("an", StringComparison.OrdinalIgnoreCase)
            || first.Equals("some", StringComparison.OrdinalIgnoreCase) || first.Equals("several", StringComparison.OrdinalIgnoreCase)
            || first.Equals("one", StringComparison.OrdinalIgnoreCase) || first.Equals("two", StringComparison.OrdinalIgnoreCase)
            || _v.Tokens[range.Start].Kind == TokenKind.Number;

        if (Joint(range) is { } joint) return joint;
        var inside = MentionInside(span);
        // "the laid-back Cambridge resident", "a Texas lawyer": a place before a role says where the speaker is from;
        // "the French president", "American officials", "a South Korean government official": a people before a role
        // or a body says whose the speaker is. Either way the role speaks, not the place or the people.
        // "a third of Harbour voters", "Trump supporters": a crowd speaks for itself, not for the name before it.
        if (inside is { } place && place.Span.End < span.End
            && (place.Entity.Kind == EntityKind.Place && IsRoleWord(_v.Word(range.End - 1))
                || (place.Entity.Kind is EntityKind.Group or EntityKind.Other || QuoteLexicon.Crowd.Contains(_v.Word(range.End - 1)))
                    && OnlyLowercaseAfter(place.Span.End, span.End)))
        {
            inside = null;
        }

        // "The former FBI director said": the person the article titled so, when it did; else the body speaks.
        if (inside is { } org && org.Entity.Kind == EntityKind.Organization && org.Span.End < span.End && !indefinite
            && OnlyLowercaseAfter(org.Span.End, span.End) && QuoteLexicon.PersonRole.Contains(_v.Word(range.End - 1))
            && NearestBefore(span.Start, EntityKind.Person, RoleWords(range, _v.Word(range.End - 1))) is { } titled)
        {
            return new Speaker(titled.Id, titled.Name, text, span);
        }
        if (inside is { } m)
        {
            bool exact = m.Span.Start == span.Start;
            if (exact && m.Span.End >= span.End) return new Speaker(m.Entity.Id, m.Entity.Name, null, span);
            if (exact && !HasHeadAfter(m.Span.End, span.End)) return new Speaker(m.Entity.Id, m.Entity.Name, null, span);
            if (m.Span.End >= span.End && OnlyTitleBefore(span.Start, m.Span.Start)) return new Speaker(m.Entity.Id, m.Entity.Name, null, span);
            // "Reid's rep", "Linden's lawyer": as with "her rep" below, the person's agent speaks, never the person.
            if (exact && m.Entity.Kind == EntityKind.Person && AgentOf(m.Span.End, range) is { } role) return new Speaker(null, $"{m.Entity.Name}'s {role}", text, span);
            return new Speaker(m.Entity.Id, m.Entity.Name, text, span); // "an aide to Macron", "Macron's office"
        }

        if (range.End - range.Start == 1 && QuoteLexicon.Pronoun.Contains(first))
        {
            bool person = first.Equals("he", StringComparison.OrdinalIgnoreCase) || first.Equals("she", StringComparison.OrdinalIgnoreCase)
                || first.Equals("i", StringComparison.OrdinalIgnoreCase);
            // "she said" is not the man named last ("Roesler said … “…,” she said in 1998"), nor "he" a woman.
            char? gender = first.Equals("she", StringComparison.OrdinalIgnoreCase) ? 'f' : first.Equals("he", StringComparison.OrdinalIgnoreCase) ? 'm' : null;
            // "Pottinger said Trump would challenge … any meeting with Kim. The goal, he said, is …": a speaker quoted
            // just before goes on speaking, whoever was named since.
            if (person && previous is { EntityId: { } id } && _document.FindEntity(id) is { Kind: EntityKind.Person } last
                && (gender is null || GenderOf(last) is null || GenderOf(last) == gender) && previous.Span.Start >= PreviousSentenceStart(range.Start))
            {
                return previous with { Span = span, Description = null };
            }

            // "they said in a statement": people or a body, never a place ("… work with Washington."); "it says": a body
            // or a country, never a person nor a thing the article named (a currency, a product).
            bool it = first.Equals("it", StringComparison.OrdinalIgnoreCase);
            var e = NearestBefore(span.Start, person ? EntityKind.Person : null, null, gender,
                accepts: it ? k => k is EntityKind.Organization or EntityKind.Place : k => k != EntityKind.Place);
            if (e is not null) return new Speaker(e.Id, e.Name, null, span);
            if (previous is not null) return previous with { Span = span, Description = null };
            return NearestNameBefore(range.Start) is { } name ? new Speaker(null, name, null, span) : new Speaker(null, text, null, span);
        }

        var head = _v.Word(range.End - 1);
        // "her rep", "his lawyer", "their father": someone else's, not the person the possessive points to. Shown as
        // theirs ("Mara Linden's rep") but never as them, so an agent's words are not put in the star's mouth.
        if (!indefinite && range.End - range.Start >= 2 && char.IsLower(head[0]) && IsPossessive(first) && !QuoteLexicon.BodyHead.Contains(head))
        {
            var owner = NearestBefore(span.Start, EntityKind.Person, null);
            string role = _v.Text[_v.Span(range.Start + 1).Start..span.End];
            return new Speaker(null, owner is null ? text : $"{owner.Name}'s {role}", text, span);
        }

        if (!indefinite && char.IsLower(head[0]))
        {
            // "the French president", "his office", "the company": a role seen earlier in the article.
            bool body = QuoteLexicon.BodyHead.Contains(head) && !QuoteLexicon.PersonRole.Contains(head);
            // "residents", "the witnesses": a group of people, never one person named earlier.
            if (!body && head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal)) return Described(range, span, text);
            var e = body && QuoteLexicon.NamedBodyHead.Contains(head) ? NearestBodyNamed(span.Start, head)
                : body ? NearestBefore(span.Start, EntityKind.Organization, null) ?? NearestBefore(span.Start, EntityKind.Person, null)
                : NearestBefore(span.Start, EntityKind.Person, RoleWords(range, head), orNearest: IsOffice(head));
            if (e is not null) return new Speaker(e.Id, e.Name, text, span);
            return Described(range, span, text);
        }

        if (indefinite || char.IsLower(head[0]) || char.IsLower(first[0])) return Described(range, span, text);

        // A capitalised name the entity layer missed: match it to an entity by its last word, else keep the text.
        var byLast = ByLastWord(_v.Word(range.End - 1));
        return byLast is not null ? new Speaker(byLast.Id, byLast.Name, null, span) : new Speaker(null, text, null, span);
    }

    /// <summary>
    /// Two people speaking together, "Mark and Condon said", "said Laurence Mark and Bill Condon": the speaker
    /// phrase found is one name; with "and" and another person's name beside it, both speak, and the speaker is
    /// named as the pair (no entity: a joint statement is neither person's alone).
    /// </summary>
    private Speaker? Joint(TokenRange range)
    {
        if (!NameRun(range.Start, range.End)) return null;
        int s = range.Start, e = range.End;
        if (s >= 2 && _v.IsWordEq(s - 1, "and") && _v.IsCapitalized(s - 2))
        {
            s -= 2;
            while (s - 1 >= 0 && _v.IsCapitalized(s - 1) && range.Start - s < 5) s--;
        }
        else if (e + 1 < _v.Count && _v.IsWordEq(e, "and") && _v.IsCapitalized(e + 1))
        {
            e += 2;
            while (e < _v.Count && _v.IsCapitalized(e) && e - range.End < 5) e++;
        }
        else
        {
            return null;
        }

        int and = _v.IsWordEq(range.Start - 1, "and") && s < range.Start ? range.Start - 1 : range.End;
        var first = PersonIn(new TokenRange(s, and));
        var second = PersonIn(new TokenRange(and + 1, e));
        if (first is null || second is null || first == second) return null;
        var span = new TextSpan(_v.Span(s).Start, _v.Span(e - 1).End);
        return new Speaker(null, $"{first.Name} and {second.Name}", null, span);
    }

    /// <summary>The person a run of capitalised words names: a person mention in it, else a person by its last word.</summary>
    private Entity? PersonIn(TokenRange r)
    {
        if (!NameRun(r.Start, r.End)) return null;
        var span = new TextSpan(_v.Span(r.Start).Start, _v.Span(r.End - 1).End);
        if (MentionInside(span) is { } m && m.Entity.Kind == EntityKind.Person) return m.Entity;
        return ByLastWord(_v.Word(r.End - 1)) is { Kind: EntityKind.Person } e ? e : null;
    }

    private bool NameRun(int start, int end)
    {
        if (end <= start) return false;
        for (int k = start; k < end; k++) if (!_v.IsCapitalized(k)) return false;
        return true;
    }

    /// <summary>An unnamed or role speaker: tied to the person or body named inside it ("the statement released
    /// by Macron", "an aide to Macron") when there is one, else kept as the description alone.</summary>
    private Speaker Described(TokenRange range, TextSpan span, string text)
    {
        for (int k = range.Start + 1; k < range.End; k++)
        {
            // "released by Macron", "an aide to the Prime Minister's Office"
            int p = _v.IsWordEq(k - 1, "the") ? k - 2 : k - 1;
            bool tied = p >= range.Start && _v.IsWord(p) && QuoteLexicon.PhrasePreposition.Contains(_v.Word(p));
            if (!_v.IsCapitalized(k) || !tied) continue;
            int e = k;
            while (e < range.End && (_v.IsCapitalized(e) || _v.IsClitic(e) && e + 1 < range.End && _v.IsCapitalized(e + 1))) e++;
            // "a third of Democratic voters": a name before a noun describes the noun, whose people speak.
            if (e < range.End && _v.IsWord(e) && char.IsLower(_v.Text[_v.Span(e).Start])) continue;
            string name = _v.Text[_v.Span(k).Start.._v.Span(e - 1).End];
            var entity = ByLastWord(_v.Word(e - 1));
            return entity is not null ? new Speaker(entity.Id, entity.Name, text, span) : new Speaker(null, name, text, span);
        }

        return new Speaker(null, text, text, span);
    }

    private static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase)
        || word.Equals("their", StringComparison.OrdinalIgnoreCase);

    private Entity? ByLastWord(ReadOnlySpan<char> last)
    {
        foreach (var e in _document.Entities)
        {
            var name = e.Name.AsSpan();
            int sp = name.LastIndexOf(' ');
            if (name[(sp + 1)..].Equals(last, StringComparison.OrdinalIgnoreCase)) return e;
        }

        return null;
    }

    /// <summary>Without an entity layer: the nearest capitalised run before a pronoun, outside quotes, that is
    /// not a lone sentence-initial word ("The", "But").</summary>
    private string? NearestNameBefore(int token)
    {
        for (int k = token - 1; k >= 0 && k > token - 200; k--)
        {
            if (_v.Quoted[k] || !_v.IsCapitalized(k)) continue;
            int s = k;
            while (s - 1 >= _v.SentenceStart(k) && _v.IsCapitalized(s - 1) && !_v.Quoted[s - 1]) s--;
            if (s == _v.SentenceStart(s) && s == k) { k = s; continue; }
            if (QuoteLexicon.Determiner.Contains(_v.Word(s)) || QuoteLexicon.Pronoun.Contains(_v.Word(s))) { k = s; continue; }
            // "on Saturday", "the Gulf of Aden Thursday": a time, or a name after a preposition (a place), is nobody.
            int e = k;
            while (e >= s && QuoteLexicon.TimeWord.Contains(_v.Word(e))) e--;
            bool after = s > 0 && _v.IsWord(s - 1) && char.IsLower(_v.Word(s - 1)[0]) && QuoteLexicon.Preposition.Contains(_v.Word(s - 1));
            if (e < s || after) { k = s; continue; }
            return _v.Text[_v.Span(s).Start.._v.Span(e).End];
        }

        return null;
    }

    /// <summary>"the United Nations", "Ukrainian President Volodymyr Zelenskyy": only an article or a title
    /// stands before the name, so the speaker is the entity itself, not a description of someone else.</summary>
    private bool OnlyTitleBefore(int from, int to)
    {
        for (int k = _v.IndexAtOrAfter(from); k < _v.Count && _v.Span(k).End <= to; k++)
        {
            if (!(_v.IsCapitalized(k) || _v.IsWordEq(k, "the") || _v.Is(k, '.'))) return false;
        }

        return true;
    }

    /// <summary>
    /// The role after a person's possessive that ends the phrase ("'s rep", "'s longtime lawyer"), or null when the
    /// phrase goes on past a capitalised word, or its head is a body or a channel ("Macron's office", "Macron's tweet"
    /// speak for Macron).
    /// </summary>
    private string? AgentOf(int nameEnd, TokenRange range)
    {
        int k = _v.IndexAtOrAfter(nameEnd);
        if (k + 1 >= range.End || !_v.IsClitic(k)) return null;
        var head = _v.Word(range.End - 1);
        if (!char.IsLower(head[0]) || QuoteLexicon.BodyHead.Contains(head) || QuoteLexicon.Channel.ContainsKey(head)) return null;
        for (int j = k + 1; j < range.End; j++)
        {
            if (!_v.IsWord(j) || !char.IsLower(_v.Text[_v.Span(j).Start])) return null;
        }

        return _v.Text[_v.Span(k + 1).Start.._v.Span(range.End - 1).End];
    }

    /// <summary>Where the sentence before token <paramref name="k"/>'s sentence starts (its own start in the first one).</summary>
    private int PreviousSentenceStart(int k)
    {
        int own = _v.SentenceStart(k);
        return _v.Span(own > 0 ? _v.SentenceStart(own - 1) : own).Start;
    }

    /// <summary>Whether every token from <paramref name="from"/> to <paramref name="to"/> is a lowercase word ("officials", "government official").</summary>
    private bool OnlyLowercaseAfter(int from, int to)
    {
        for (int k = _v.IndexAtOrAfter(from); k < _v.Count && _v.Span(k).End <= to; k++)
        {
            if (!_v.IsWord(k) || !char.IsLower(_v.Text[_v.Span(k).Start])) return false;
        }

        return true;
    }

    private bool HasHeadAfter(int from, int to)
    {
        int k = _v.IndexAtOrAfter(from);
        for (; k < _v.Count && _v.Span(k).End <= to; k++)
        {
            if (_v.IsWord(k) && !_v.IsClitic(k) && char.IsLower(_v.Text[_v.Span(k).Start])) return true;
        }

        return false;
    }

    /// <summary>
    /// What a role phrase says of its person: its capitalised modifiers ("the French president" → French), else its
    /// head ("the judge" → judge), so the nearest person titled so is preferred to whoever was named last.
    /// </summary>
    private List<string> RoleWords(TokenRange range, ReadOnlySpan<char> head)
    {
        var modifiers = Modifiers(range);
        if (modifiers.Count == 0) modifiers.Add(head.ToString());
        return modifiers;
    }

    private List<string> Modifiers(TokenRange range)
    {
        var list = new List<string>();
        for (int k = range.Start; k < range.End - 1; k++)
        {
            if (_v.IsCapitalized(k) && !QuoteLexicon.Determiner.Contains(_v.Word(k))) list.Add(_v.Word(k).ToString());
        }

        return list;
    }

    private (TextSpan Span, Entity Entity)? MentionInside(TextSpan span)
    {
        (TextSpan Span, Entity Entity)? best = null;
        foreach (var m in _mentions)
        {
            if (m.Span.Start >= span.End) break;
            // A mention running on past the phrase ("New Poll Shows Bump", a whole headline tagged as one name) is not inside it.
            if (!m.Span.Overlaps(span) || m.Span.End > span.End) continue;
            // English noun phrases end in their head: "Marlow Bay Governor Elena Vasquez" is Vasquez.
            bool head = m.Entity.Kind == EntityKind.Person && m.Span.End == span.End;
            if (best is null || head || m.Entity.Kind == EntityKind.Person && best.Value.Entity.Kind != EntityKind.Person
                && !(best.Value.Entity.Kind == EntityKind.Person && best.Value.Span.End == span.End)) best = m;
        }

        return best;
    }

    /// <summary>
    /// An office whose holder is often named once without the title ("the mayor" after "Jo Kim"); not a spokesperson,
    /// who speaks for a body or a person and is seldom the last person named.
    /// </summary>
    private static bool IsOffice(ReadOnlySpan<char> head) =>
        Entities.EntityLexicon.RoleNouns.Contains(head.ToString()) && !head.StartsWith("spokes", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// 'f' or 'm' when a person's title ("Mrs", "Sir") or given name tells (the women's names list, else the general
    /// given-names list, whose women are all on the first), else null: an unknown name is never ruled out.
    /// </summary>
    private static char? GenderOf(Entity e)
    {
        foreach (var title in e.Titles)
        {
            var t = title.TrimEnd('.').ToLowerInvariant();
            if (t is "mrs" or "ms" or "miss" or "madam" or "madame" or "lady" or "dame" or "queen" or "princess" or "sister") return 'f';
            if (t is "mr" or "sir" or "lord" or "king" or "prince" or "father") return 'm';
        }

        var given = e.Name.Split(' ', 2)[0];
        return Entities.Tagging.Gazetteers.GenderOfGivenName(given);
    }

    /// <summary>The nearest organisation before <paramref name="position"/> whose name holds <paramref name="head"/> ("police").</summary>
    private Entity? NearestBodyNamed(int position, ReadOnlySpan<char> head)
    {
        for (int i = _mentions.Length - 1; i >= 0; i--)
        {
            var (span, e) = _mentions[i];
            if (span.Start < position && e.Kind == EntityKind.Organization && e.Name.AsSpan().Contains(head, StringComparison.OrdinalIgnoreCase)) return e;
        }

        return null;
    }

    /// <summary>
    /// The nearest entity before <paramref name="position"/>; with <paramref name="modifiers"/>, the nearest the
    /// article describes so ("the witness" is the person called a witness, not simply the last person named, who
    /// is as often the victim), or failing that, for an office (<paramref name="orNearest"/>: "the president"), the
    /// nearest person, since an office holder is often named once without the title.
    /// </summary>
    private Entity? NearestBefore(int position, EntityKind? kind, List<string>? modifiers, char? gender = null, bool orNearest = false, Func<EntityKind, bool>? accepts = null)
    {
        Entity? nearest = null;
        for (int i = _mentions.Length - 1; i >= 0; i--)
        {
            var (span, e) = _mentions[i];
            if (span.Start >= position) continue;
            if (kind is { } k && e.Kind != k || accepts is not null && !accepts(e.Kind)) continue;
            if (gender is { } g && GenderOf(e) is { } known && known != g) continue;
            int t = _v.IndexAtOrAfter(span.Start);
            if (t < _v.Count && _v.Quoted[t]) continue;
            if (modifiers is null || modifiers.Count == 0 || Compatible(e, modifiers)) return e;
            nearest ??= e;
        }

        return orNearest ? nearest : null;
    }

    private bool Compatible(Entity e, List<string> modifiers)
    {
        foreach (var mod in modifiers)
        {
            foreach (var title in e.Titles)
            {
                if (SharesStem(title, mod)) return true;
            }

            foreach (var m in e.Mentions)
            {
                // The title written against the name: "French President Emmanuel Macron", "Macron of France".
                int first = _v.IndexAtOrAfter(m.Span.Start);
                int k = first;
                while (k > 0 && _v.IsCapitalized(k - 1)) k--;
                int from = k < first ? _v.Span(k).Start : m.Span.Start;
                int last = _v.IndexAtOrAfter(m.Span.End);
                int to = m.Span.End;
                if (_v.IsWordEq(last, "of") && last + 1 < _v.Count && _v.IsCapitalized(last + 1)) to = _v.Span(last + 1).End;
                if (SharesStem(_v.Text[from..to], mod)) return true;
            }
        }

        return false;
    }

    /// <summary>"French"/"France", "Russian"/"Russia": the first four letters, with the few demonyms that differ.</summary>
    private static bool SharesStem(string haystack, string modifier)
    {
        string stem = modifier.Length >= 4 ? modifier[..4] : modifier;
        if (modifier.Equals("French", StringComparison.OrdinalIgnoreCase)) stem = "Fran";
        return haystack.Contains(modifier, StringComparison.OrdinalIgnoreCase) || haystack.Contains(stem, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsRoleWord(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsLower(word[0]) && QuoteLexicon.PersonRole.Contains(word);
}
