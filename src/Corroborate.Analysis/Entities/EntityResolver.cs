using System.Collections.Immutable;
using System.Globalization;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Analysis.Entities;

/// <summary>
/// Folds name mentions into canonical entities for one document: a surname joins the most recent person
/// with that surname (two Smiths stay apart), acronyms join their expansions, titles are read before the name
/// and in apposition, role descriptions join the unique titled person they fit, and "X's office" becomes an
/// organisation linked to X.
/// </summary>
internal sealed class EntityResolver(Document document, List<Token[]> sentences, List<NameChunk> chunks)
{
    private sealed class Draft
    {
        public required EntityKind Kind;
        public required string Name;
        public int NameTokens;

        /// <summary>'m' or 'f' once an honorific ("Mr.", "Mrs.") or a given name has told, else null.</summary>
        public char? Gender;

        /// <summary>Whether the surname alone has named this person ("Trump said").</summary>
        public bool Bare;
        public readonly List<Mention> Mentions = [];
        public readonly List<string> Titles = [];
        public readonly HashSet<string> Countries = new(StringComparer.OrdinalIgnoreCase);
        public readonly Dictionary<string, int> TypeVotes = new(StringComparer.Ordinal);
        public string? LinkedTo;
        public int LastSeen;
        public int FirstSeen;
    }

    private readonly List<Draft> _drafts = [];

    // Chunks by span and by sentence, built once after repair: looking them up by scanning every chunk made
    // resolution quadratic in a document's names (a 2M-character text spent most of its minute there).
    // Drafts by the words their names can be matched on (a person's first and last name; another entity's whole
    // name, its initials, or the letters of an acronym name), so a chunk tests the few drafts it could join rather
    // than all of them. Keys are added when a draft is made or renamed and never removed: a stale key only offers a
    // candidate, which the exact test then turns down. _made keeps creation order, the order of the old full scan.
    private readonly Dictionary<string, List<Draft>> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Draft, int> _made = [];

    private Dictionary<TextSpan, NameChunk> _chunkAt = [];

    /// <summary>The last person chunk read and its draft: "President Trump and Melania Trump" are two people.</summary>
    private (NameChunk Chunk, Draft Draft)? _lastPerson;
    private ILookup<int, NameChunk> _chunksIn = Array.Empty<NameChunk>().ToLookup(c => c.Sentence);

    public ImmutableArray<Entity> Resolve()
    {
        for (int i = 0; i < chunks.Count; i++)
        {
            chunks[i] = Repair(chunks[i]);
        }

        // "Mr", "Dr", "Sen" tagged alone (the tagger sometimes stops at the abbreviation's full stop before the name):
        // a title names nobody (but "Leader", "King" and "Bishop" are surnames too, so only honorifics go).
        chunks.RemoveAll(c => NameTokens(c) is var t && t.Length > 0 && t.All(IsHonorific));

        _chunkAt = chunks.GroupBy(c => c.Span).ToDictionary(g => g.Key, g => g.First());
        _chunksIn = chunks.ToLookup(c => c.Sentence);

        foreach (var chunk in chunks)
        {
            var draft = chunk.Type == "PER" ? Person(chunk) : Named(chunk);
            if (chunk.Type == "PER") _lastPerson = (chunk, draft);
            draft.Mentions.Add(new Mention(chunk.Span));
            draft.LastSeen = chunk.Span.Start;
            draft.TypeVotes[chunk.Type] = draft.TypeVotes.GetValueOrDefault(chunk.Type) + 1;
            if (chunk.Type == "PER") ReadTitles(chunk, draft);
        }

        AddDescriptions();
        var offices = Offices();
        return Finish(offices);
    }

    /// <summary>
    /// Fixes two systematic tagger slips: a title swallowed into a person's name ("Governor Elena Vasquez"),
    /// and company names read as people ("Brightwater Chemicals").
    /// </summary>
    private NameChunk Repair(NameChunk c)
    {
        if (c.Type != "PER") return c;
        var tokens = sentences[c.Sentence];
        int start = c.TokenStart;
        while (start + 1 < c.TokenEnd && EntityLexicon.TitleWords.Contains(document.Slice(tokens[start].Span))) start++;
        if (EntityLexicon.OrganizationHeads.Contains(document.Slice(tokens[c.TokenEnd - 1].Span))) return c with { Type = "ORG" };
        return start == c.TokenStart ? c : c with { TokenStart = start, Span = new TextSpan(tokens[start].Span.Start, c.Span.End) };
    }

    private static bool IsHonorific(string word) => word.TrimEnd('.').ToLowerInvariant() is "mr" or "mrs" or "ms" or "dr" or "sen" or "rep" or "gov" or "prof";

    private string[] NameTokens(NameChunk c) =>
        sentences[c.Sentence][c.TokenStart..c.TokenEnd].Select(t => document.Slice(t.Span)).Where(w => char.IsLetter(w[0])).ToArray();

    private Draft Person(NameChunk chunk)
    {
        var tokens = NameTokens(chunk);
        string name = document.Slice(chunk.Span);
        if (tokens.Length == 0) return NewDraft(EntityKind.Person, name, chunk, 1);
        string last = tokens[^1], first = tokens[0];
        char? gender = GenderOf(chunk, tokens) ?? (tokens.Length == 1 ? SaidPronoun(chunk) : null);
        var words = sentences[chunk.Sentence];
        string? title = chunk.TokenStart > 0 && IsTitleToken(words, chunk.TokenStart - 1) ? document.Slice(words[chunk.TokenStart - 1].Span) : null;
        // "President Trump and Melania Trump", "Trump and first lady Melania Trump": a name coordinated with the one
        // just before it (perhaps with its own title between) is someone else.
        var coordinated = _lastPerson is { } lp && lp.Chunk.Sentence == chunk.Sentence && chunk.TokenStart > lp.Chunk.TokenEnd
            && document.Slice(words[lp.Chunk.TokenEnd].Span) is "and" or "&" && OnlyTitleWords(words, lp.Chunk.TokenEnd + 1, chunk.TokenStart) ? lp.Draft : null;

        // Most recent person whose surname (or, for a lone word, first name) matches and whose first name does not clash,
        // nor their gender ("Mr. Trump" is not Melania Trump).
        var match = Candidates("p:" + last, "p:" + first)
            .Where(d => d.Kind == EntityKind.Person && d != coordinated && (d.Gender is null || gender is null || d.Gender == gender))
            .Where(d =>
            {
                var parts = d.Name.Split(' ');
                bool sameLast = Same(parts[^1], last);
                if (tokens.Length == 1) return sameLast || (parts.Length > 1 && Same(parts[0], first) && d.NameTokens > 1);
                if (!sameLast) return false;
                return parts.Length == 1 || Same(parts[0], first) || Initial(parts[0], first);
            })
            // "President Trump" after "Melania Trump": the person already titled so; then, for a lone surname, the
            // person the surname alone already named ("Trump said …" after "Trump and first lady Melania Trump");
            // else the most recent.
            .OrderByDescending(d => title is not null && d.Titles.Any(t => t.Contains(title, StringComparison.OrdinalIgnoreCase)))
            .ThenByDescending(d => tokens.Length == 1 && d.Bare)
            .ThenByDescending(d => d.LastSeen)
            .FirstOrDefault();
        if (match is null)
        {
            var made = NewDraft(EntityKind.Person, name, chunk, tokens.Length);
            made.Gender = gender;
            made.Bare = tokens.Length == 1;
            return made;
        }

        match.Gender ??= gender;
        match.Bare |= tokens.Length == 1 && Same(match.Name.Split(' ')[^1], last); // not "Melania" alone
        if (tokens.Length > match.NameTokens)
        {
            match.Name = string.Join(' ', tokens);
            match.NameTokens = tokens.Length;
            Index(match);
        }

        return match;
    }

    /// <summary>
    /// The gender an honorific right before the name ("Mr. Trump", "Mrs Clinton") or its given name (the women's
    /// names list, else the general given-names list) tells, else null.
    /// </summary>
    private char? GenderOf(NameChunk chunk, string[] tokens)
    {
        var words = sentences[chunk.Sentence];
        int k = chunk.TokenStart - 1;
        if (k >= 0 && document.Slice(words[k].Span) == ".") k--;
        if (k >= 0)
        {
            switch (document.Slice(words[k].Span).TrimEnd('.').ToLowerInvariant())
            {
                case "mr": return 'm';
                case "mrs" or "ms" or "miss": return 'f';
            }
        }

        if (tokens.Length < 2) return null;
        return Tagging.Gazetteers.GenderOfGivenName(tokens[0]);
    }

    /// <summary>
    /// "President Trump said he would …": a lone surname whose own speech verb is followed by "he" or "she" (perhaps
    /// after "that") tells its gender, so it does not join a person of the other gender who shares the surname.
    /// </summary>
    private char? SaidPronoun(NameChunk chunk)
    {
        var words = sentences[chunk.Sentence];
        string At(int k) => k < words.Length ? document.Slice(words[k].Span) : "";
        int i = chunk.TokenEnd;
        if (At(i) is "also" or "later" or "then" or "has" or "had") i++;
        if (At(i) is not ("said" or "says" or "added" or "insisted" or "claimed" or "argued" or "noted" or "warned" or "stressed" or "explained" or "wrote" or "tweeted")) return null;
        i++;
        if (At(i) == "that") i++;
        return At(i) switch { "he" => 'm', "she" => 'f', _ => null };
    }

    private Draft Named(NameChunk chunk)
    {
        string name = StripArticle(document.Slice(chunk.Span));
        var person = name.Contains(' ', StringComparison.Ordinal) ? null : Candidates("p:" + name).Where(d => d.Kind == EntityKind.Person
            && (Same(d.Name.Split(' ')[^1], name) || Same(d.Name, name))).OrderByDescending(d => d.Bare).ThenByDescending(d => d.LastSeen).FirstOrDefault();
        if (person is not null) return person;
        var match = Candidates("n:" + name, "i:" + name.Replace(".", "", StringComparison.Ordinal), "a:" + Initials(name))
            .FirstOrDefault(d => d.Kind != EntityKind.Person && (Same(d.Name, name) || Acronym(d.Name, name) || Acronym(name, d.Name)));
        if (match is null) return NewDraft(KindOf(chunk.Type, name), name, chunk, name.Split(' ').Length);
        if (name.Length > match.Name.Length && !Acronym(name, match.Name) && !IsAcronym(name)) match.Name = name;
        else if (IsAcronym(match.Name) && !IsAcronym(name)) match.Name = name;
        Index(match);
        return match;
    }

    private Draft NewDraft(EntityKind kind, string name, NameChunk chunk, int nameTokens)
    {
        var d = new Draft { Kind = kind, Name = name, NameTokens = nameTokens, FirstSeen = chunk.Span.Start };
        _drafts.Add(d);
        Index(d);
        return d;
    }

    /// <summary>Adds the keys a draft can be found by under its current name (see <see cref="_byKey"/>).</summary>
    private void Index(Draft d)
    {
        _made.TryAdd(d, _made.Count);
        var parts = d.Name.Split(' ');
        string[] keys = d.Kind == EntityKind.Person
            ? ["p:" + parts[^1], "p:" + parts[0]]
            : ["n:" + d.Name, "i:" + Initials(d.Name), "a:" + d.Name.Replace(".", "", StringComparison.Ordinal)];
        foreach (var key in keys)
        {
            if (!_byKey.TryGetValue(key, out var list)) _byKey[key] = list = [];
            if (!list.Contains(d)) list.Add(d);
        }
    }

    /// <summary>The drafts filed under any of the keys, once each, in the order they were made.</summary>
    private IEnumerable<Draft> Candidates(params string[] keys) =>
        keys.SelectMany(k => _byKey.TryGetValue(k, out var list) ? list : []).Distinct().OrderBy(d => _made[d]);

    private static EntityKind KindOf(string type, string name) => type switch
    {
        "ORG" => EntityKind.Organization,
        "LOC" => EntityKind.Place,
        _ => EntityLexicon.IsNationality(name) ? EntityKind.Group : EntityKind.Other,
    };

    /// <summary>Titles before the name ("French President", "Interior Minister") and in apposition (", UN high commissioner for …,").</summary>
    private void ReadTitles(NameChunk chunk, Draft draft)
    {
        var tokens = sentences[chunk.Sentence];
        int i = chunk.TokenStart - 1;
        while (i >= 0 && IsTitleToken(tokens, i)) i--;
        if (i + 1 < chunk.TokenStart)
        {
            var title = TitleText(tokens, i + 1, chunk.TokenStart);
            int after = chunk.TokenEnd;
            // "President Emmanuel Macron of France": the country after the name completes the title.
            if (after + 1 < tokens.Length && document.Slice(tokens[after].Span) == "of" && IsCountryToken(tokens, after + 1, chunk.Sentence))
            {
                title += " of " + document.Slice(tokens[after + 1].Span);
            }

            AddTitle(draft, title);
        }

        // Apposition: "Name, Title of Place," or "Name, ORG high commissioner for human rights,".
        int j = chunk.TokenEnd;
        if (j + 1 < tokens.Length && document.Slice(tokens[j].Span) == ",")
        {
            int k = j + 1, roles = 0, lastGood = -1, free = 0;
            bool closed = false, connector = false;
            while (k < tokens.Length && k - j <= 12)
            {
                string w = document.Slice(tokens[k].Span);
                if (w is "," or "." or ";" or ":" or ")")
                {
                    closed = true;
                    break;
                }

                bool entityWord = _chunksIn[chunk.Sentence].Any(c => c.TokenStart <= k && k < c.TokenEnd && c.Type != "PER");
                if (EntityLexicon.TitleWords.Contains(w) || entityWord)
                {
                    roles += EntityLexicon.RoleNouns.Contains(w) ? 1 : 0;
                    lastGood = k;
                }
                else if (w is "of" or "for" or "and" or "the")
                {
                    connector = true;
                }
                else if (!connector || char.IsUpper(w[0]) || ++free > 3)
                {
                    break;
                }

                k++;
            }

            // An unclosed apposition ("Putin, President of Russia has disclosed …") ends at its last title or name word.
            int end = closed ? k : lastGood + 1;
            if (roles > 0 && end > j + 1) AddTitle(draft, TitleText(tokens, j + 1, end));
        }
    }

    /// <summary>Tokens <paramref name="from"/> to <paramref name="to"/> are at most three words of a title ("first lady", "Vice President").</summary>
    private bool OnlyTitleWords(Token[] tokens, int from, int to)
    {
        if (to - from > 3) return false;
        for (int i = from; i < to; i++)
        {
            string w = document.Slice(tokens[i].Span);
            if (!IsTitleToken(tokens, i) && !(w.Length > 0 && char.IsLower(w[0]) && char.IsLetter(w[0]))) return false;
        }

        return true;
    }

    private bool IsTitleToken(Token[] tokens, int i)
    {
        string w = document.Slice(tokens[i].Span);
        return EntityLexicon.TitleWords.Contains(w) && !(w.Length <= 4 && w.EndsWith('.') && w.StartsWith('M')) // Mr./Mrs./Ms. are not titles
            || (EntityLexicon.Country(w) is not null && i + 1 < tokens.Length && EntityLexicon.TitleWords.Contains(document.Slice(tokens[i + 1].Span)))
            || (w.Length >= 2 && w.All(c => char.IsUpper(c) || c == '.') && i + 1 < tokens.Length && EntityLexicon.TitleWords.Contains(document.Slice(tokens[i + 1].Span)));
    }

    private bool IsCountryToken(Token[] tokens, int i, int sentence) =>
        _chunksIn[sentence].Any(c => c.Type == "LOC" && c.Span.Contains(tokens[i].Span)) || EntityLexicon.Country(document.Slice(tokens[i].Span)) is not null;

    private string TitleText(Token[] tokens, int start, int end) =>
        document.Text[tokens[start].Span.Start..tokens[end - 1].Span.End].Trim();

    private static void AddTitle(Draft draft, string title)
    {
        if (!title.Split(' ').Any(w => EntityLexicon.RoleNouns.Contains(w) || EntityLexicon.TitleWords.Contains(w) && w.Length > 3)) return;
        if (!draft.Titles.Contains(title, StringComparer.OrdinalIgnoreCase)) draft.Titles.Add(title);
        foreach (var word in title.Split(' ', '-'))
        {
            if (EntityLexicon.Country(word) is { } country) draft.Countries.Add(country);
        }
    }

    /// <summary>"the French president", "the Russian leader", "the governor": joined to the one titled person they fit.</summary>
    private void AddDescriptions()
    {
        var taken = _drafts.Where(d => d.Kind is EntityKind.Person or EntityKind.Organization or EntityKind.Place)
            .SelectMany(d => d.Mentions).Select(m => m.Span).ToList();
        foreach (var tokens in sentences)
        {
            for (int i = 0; i + 1 < tokens.Length; i++)
            {
                if (!document.Slice(tokens[i].Span).Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
                int k = i + 1;
                string? country = EntityLexicon.Country(document.Slice(tokens[k].Span));
                if (country is not null) k++;
                if (k >= tokens.Length) continue;
                string role = document.Slice(tokens[k].Span).ToLowerInvariant();
                int end = k + 1;
                if (end < tokens.Length && EntityLexicon.RoleNouns.Contains(role + " " + document.Slice(tokens[end].Span).ToLowerInvariant()))
                {
                    role += " " + document.Slice(tokens[end].Span).ToLowerInvariant();
                    end++;
                }

                if (!EntityLexicon.RoleNouns.Contains(role)) continue;
                // "the president's office" or "the president of the club" are other things; so is a capitalised role, a name's title.
                if (end < tokens.Length && document.Slice(tokens[end].Span) is "of" or "'s" or "’s") continue;
                if (char.IsUpper(document.Slice(tokens[k].Span)[0]) && i > 0) continue;
                var span = new TextSpan(tokens[i].Span.Start, tokens[end - 1].Span.End);
                if (taken.Any(t => t.Overlaps(span))) continue;
                var fits = _drafts.Where(d => d.Kind == EntityKind.Person && d.FirstSeen < span.Start && Fits(d, role, country)).ToList();
                if (fits.Count == 1 || (country is not null && fits.Count > 1 && fits.Select(f => f.Countries.Count).Distinct().Count() > 0 && fits.Count(f => f.Countries.Contains(country)) == 1))
                {
                    var target = fits.Count == 1 ? fits[0] : fits.First(f => f.Countries.Contains(country!));
                    target.Mentions.Add(new Mention(span, MentionKind.Description));
                    taken.Add(span);
                }
            }
        }
    }

    private static bool Fits(Draft d, string role, string? country)
    {
        if (country is not null && !d.Countries.Contains(country)) return false;
        bool headOfState = EntityLexicon.HeadOfState.Contains(role);
        return d.Titles.Any(t =>
        {
            var lower = t.ToLowerInvariant();
            if (lower.Contains("former", StringComparison.Ordinal)) return false;
            return lower.Contains(role, StringComparison.Ordinal)
                || (role == "leader" && EntityLexicon.HeadOfState.Any(h => h != "leader" && lower.Contains(h, StringComparison.Ordinal)))
                || (headOfState && role != "leader" && false);
        });
    }

    /// <summary>"Macron's office" → an organisation linked to Macron.</summary>
    private List<(Draft Office, Draft Person)> Offices()
    {
        var result = new List<(Draft, Draft)>();
        foreach (var person in _drafts.Where(d => d.Kind == EntityKind.Person).ToList())
        {
            foreach (var mention in person.Mentions.Where(m => m.Kind == MentionKind.Name).ToList())
            {
                if (!_chunkAt.TryGetValue(mention.Span, out var chunk)) continue;
                var tokens = sentences[chunk.Sentence];
                int p = chunk.TokenEnd;
                if (p + 1 >= tokens.Length || document.Slice(tokens[p].Span) is not ("'s" or "’s" or "'" or "’")) continue;
                string noun = document.Slice(tokens[p + 1].Span);
                if (!EntityLexicon.OfficeNouns.Contains(noun)) continue;
                var span = new TextSpan(mention.Span.Start, tokens[p + 1].Span.End);
                string name = document.Slice(span);
                var office = _drafts.FirstOrDefault(d => d.Kind == EntityKind.Organization && d.LinkedTo == person.Name && Same(d.Name.Split(' ')[^1], noun))
                    ?? NewOffice(name, person, span);
                if (!office.Mentions.Any(m => m.Span == span)) office.Mentions.Add(new Mention(span));
                result.Add((office, person));
            }
        }

        return result;
    }

    private Draft NewOffice(string name, Draft person, TextSpan span)
    {
        var d = new Draft { Kind = EntityKind.Organization, Name = name, NameTokens = 2, FirstSeen = span.Start, LinkedTo = person.Name };
        _drafts.Add(d);
        return d;
    }

    private ImmutableArray<Entity> Finish(List<(Draft Office, Draft Person)> offices)
    {
        // Majority type decides place vs organisation for names tagged both ways ("Ukraine" as LOC and ORG).
        foreach (var d in _drafts.Where(d => d.Kind != EntityKind.Person && d.LinkedTo is null && d.TypeVotes.Count > 1))
        {
            var type = d.TypeVotes.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).First().Key;
            if (type != "PER") d.Kind = KindOf(type, d.Name);
        }

        var ordered = _drafts
            .Where(d => d.Mentions.Count > 0)
            .Select(d => (Draft: d, First: d.Mentions.Min(m => m.Span.Start)))
            .OrderBy(x => x.First)
            .Select(x => x.Draft)
            .ToList();
        var ids = new Dictionary<Draft, string>();
        for (int i = 0; i < ordered.Count; i++) ids[ordered[i]] = "e" + (i + 1).ToString(CultureInfo.InvariantCulture);
        var personOf = offices.GroupBy(o => o.Office).ToDictionary(g => g.Key, g => g.First().Person);

        return [.. ordered.Select(d => new Entity
        {
            Id = ids[d],
            Kind = d.Kind,
            Name = d.Name,
            Titles = [.. d.Titles],
            Mentions = DisjointSorted(d.Mentions),
            LinkedTo = personOf.TryGetValue(d, out var p) ? ids[p] : null,
        })];
    }

    private static ImmutableArray<Mention> DisjointSorted(List<Mention> mentions)
    {
        var result = ImmutableArray.CreateBuilder<Mention>();
        foreach (var m in mentions.Distinct().OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length))
        {
            if (result.Count > 0 && result[^1].Span.End > m.Span.Start) continue;
            result.Add(m);
        }

        return result.ToImmutable();
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool Initial(string a, string b) =>
        (a.Length <= 2 && a.TrimEnd('.').Length == 1 && b.StartsWith(a[0])) || (b.Length <= 2 && b.TrimEnd('.').Length == 1 && a.StartsWith(b[0]));

    private static string StripArticle(string name) =>
        name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;

    /// <summary>The initials of a name's capitalised words ("United Nations" → "UN"), as <see cref="Acronym"/> reads them.</summary>
    private static string Initials(string full) =>
        string.Concat(full.Split(' ', '-').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));

    private static bool IsAcronym(string s) => s.Length is >= 2 and <= 8 && s.Replace(".", "", StringComparison.Ordinal).All(char.IsUpper);

    /// <summary>"UN" (or "U.N.") abbreviates "United Nations": the initials of its capitalised words.</summary>
    private static bool Acronym(string full, string shortForm)
    {
        if (!IsAcronym(shortForm) || !full.Contains(' ', StringComparison.Ordinal)) return false;
        return Initials(full) == shortForm.Replace(".", "", StringComparison.Ordinal);
    }
}
