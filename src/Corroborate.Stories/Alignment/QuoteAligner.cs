using System.Collections.Immutable;
using Corroborate.Model;
using Corroborate.Stories.Entities;
using Corroborate.Stories.Model;

namespace Corroborate.Stories.Alignment;

/// <summary>
/// Lines up the same quote across a story's documents (<see cref="QuoteTokens.Same"/>) and flags an
/// attribution conflict when sources name different speakers. Pairs are only compared when they share a token
/// trigram (an index), so a story with many quotes is not an all-pairs pass.
/// </summary>
public static class QuoteAligner
{
    public static ImmutableArray<AlignedQuote> Align(IReadOnlyList<Document> documents, CrossDocumentEntities entities)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(entities);
        var items = new List<(Document Doc, Quote Q, QuoteWords Tokens)>();
        foreach (var d in documents)
        {
            foreach (var q in d.Quotes) items.Add((d, q, QuoteTokens.Of(d.Slice(q.Content))));
        }

        var pairs = new List<(double Closeness, int A, int B)>();
        var grams = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            var t = items[i].Tokens;
            var seen = new HashSet<int>();
            for (int k = 0; k + Math.Min(3, t.Length) <= t.Length && t.Length > 0; k++)
            {
                var key = string.Join(' ', t.Keys.Skip(k).Take(3));
                if (!grams.TryGetValue(key, out var list)) grams[key] = list = [];
                foreach (var j in list)
                {
                    if (!seen.Add(j) || items[j].Doc.Id == items[i].Doc.Id) continue;
                    double closeness = QuoteTokens.Closeness(items[i].Tokens, items[j].Tokens);
                    if (closeness > 0) pairs.Add((closeness, j, i));
                }

                list.Add(i);
                if (t.Length < 3) break;
            }
        }

        var group = Group(items, pairs);
        var result = ImmutableArray.CreateBuilder<AlignedQuote>();
        foreach (var g in Enumerable.Range(0, items.Count).GroupBy(i => group[i]).OrderBy(g => g.Min()))
        {
            var members = g.Select(i => items[i]).ToList();
            // A phrase quoted inside a longer quote of the same report ("fulfilled" within the sentence that
            // quotes it) is already shown with that quote; it stands on its own only where another source carries it.
            if (members.All(m => IsNested(m.Doc, m.Q))) continue;
            var canonical = members.OrderByDescending(m => m.Tokens.Length).First();
            var variants = members.Select(m =>
            {
                var (_, display) = SpeakerIdentity.Of(m.Doc, m.Q, entities);
                return new QuoteVariant(m.Doc.Id, m.Q.Id, display, m.Q.Speaker?.EntityId);
            }).ToImmutableArray();
            var identities = members.Select(m => SpeakerIdentity.Of(m.Doc, m.Q, entities)).ToList();
            // A speaker the quote itself names in any of its renderings ("We appreciate your respect for her (Tara
            // Reid)", "Gov. Palin stopped by the church …") is more likely what it is about than who said it: people
            // rarely name themselves, so that reading accuses no source of a misattribution.
            var renderings = members.Select(m => m.Doc.Slice(m.Q.Content)).ToList();
            // Only a speaker a source names at the quote can be disputed: one carried over from an earlier quote or
            // reached through "he" or "the president" is the engine's reading, and its slips are not the source's.
            var keys = identities
                .Where((k, i) => k.Key is not null && !renderings.Any(r => NamedInside(r, k.Display)) && NamedAtQuote(members[i].Doc, members[i].Q, k.Display))
                .ToList();
            // Unnamed speakers ("residents", "a senior official") are shown as described, but only named ones
            // can disagree: two descriptions may be the same people.
            // One person under a shorter and a longer name ("Zadan", "Craig Zadan"; "Boone Isaacs", "Cheryl Boone
            // Isaacs") is one speaker, shown by the longer name, and is no conflict.
            var displays = identities.Where(k => k.Display is { Length: > 0 }).Select(k => k.Display!).Distinct(StringComparer.Ordinal).ToList();
            string Longest(string d) => displays.Where(o => SameSpeaker(o, d)).OrderByDescending(o => o.Length).ThenBy(o => o, StringComparer.Ordinal).First();
            var speakers = displays.Select(Longest).Distinct(StringComparer.Ordinal).ToImmutableArray();
            // Only people can be misattributed against each other: a body beside a person ("the Interior Department" /
            // its secretary, "police" / the officer) is one voice, and an unlinked bare name is too often a misread
            // headline ("Choosing DeGeneres") to accuse a source on.
            var named = keys.Where(k => k.Key!.StartsWith(SpeakerIdentity.PersonKey, StringComparison.Ordinal))
                .Select(k => k.Display ?? k.Key!).Where(n => NameKey.Parts(n).Length > 0) // a bare "Mr" names nobody
                .Distinct(StringComparer.Ordinal).ToList();
            bool conflict = members.Select(m => m.Doc.Id).Distinct().Count() > 1 && named.Any(x => named.Any(y => !SameSpeaker(x, y)));
            result.Add(new AlignedQuote(canonical.Doc.Slice(canonical.Q.Content), speakers, variants, conflict ? "attribution" : null));
        }

        // Quotes several sources carry come first: they are what the story's "who said what" is about.
        return [.. result.OrderByDescending(q => q.Variants.Select(v => v.Document).Distinct().Count())];
    }

    /// <summary>
    /// Joins matching renderings into quotes, closest pairs first, by average link rather than by chaining: two
    /// groups join only when at least half of their renderings from different reports match each other. Chaining
    /// made one "quote" of many: a source that runs three remarks together matches each of another source's three
    /// separate quotes, and short quotes sharing a name ("weakened the Endangered Species Act") linked a dozen
    /// different remarks, each pair a false attribution conflict. Two renderings from one report may share a
    /// group only when they are the same quote themselves (a remark repeated in a headline and the text).
    /// </summary>
    private static int[] Group(List<(Document Doc, Quote Q, QuoteWords Tokens)> items, List<(double Closeness, int A, int B)> pairs)
    {
        var matching = pairs.Select(p => (Math.Min(p.A, p.B), Math.Max(p.A, p.B))).ToHashSet();
        var parent = Enumerable.Range(0, items.Count).ToArray();
        var members = Enumerable.Range(0, items.Count).Select(i => new List<int> { i }).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        bool Joinable(List<int> a, List<int> b)
        {
            int across = 0, alike = 0;
            foreach (int x in a)
            {
                foreach (int y in b)
                {
                    if (items[x].Doc.Id == items[y].Doc.Id)
                    {
                        if (!QuoteTokens.Same(items[x].Tokens, items[y].Tokens)) return false;
                        continue;
                    }

                    across++;
                    if (matching.Contains((Math.Min(x, y), Math.Max(x, y)))) alike++;
                }
            }

            return 2 * alike >= across;
        }

        foreach (var (_, a, b) in pairs.OrderByDescending(p => p.Closeness).ThenBy(p => p.A).ThenBy(p => p.B))
        {
            int ra = Find(a), rb = Find(b);
            if (ra == rb || !Joinable(members[ra], members[rb])) continue;
            (ra, rb) = (Math.Min(ra, rb), Math.Max(ra, rb));
            parent[rb] = ra;
            members[ra].AddRange(members[rb]);
            members[rb] = [];
        }

        return Enumerable.Range(0, items.Count).Select(Find).ToArray();
    }

    /// <summary>
    /// Two names of one speaker: the same text, the same person by <see cref="NameKey.SamePerson"/>, or one name's
    /// words ending or starting the other's ("Boone Isaacs" in "Cheryl Boone Isaacs", "Kim Jong" in "Kim Jong Un"),
    /// each word allowed one letter of spelling difference when it has five or more ("Zelensky" and "Zelenskyy").
    /// </summary>
    private static bool SameSpeaker(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal) || NameKey.SamePerson(a, b)) return true;
        var (pa, pb) = (NameKey.Parts(a).Select(NameKey.Fold).ToArray(), NameKey.Parts(b).Select(NameKey.Fold).ToArray());
        var (shorter, longer) = pa.Length <= pb.Length ? (pa, pb) : (pb, pa);
        if (shorter.Length == 0) return false;
        var tail = longer[^shorter.Length..];
        // "Charlie" for "Charlie Kafoury" ("Kafoury's son, Charlie, said"): a first name alone is that person; so is a
        // name cut short ("Kim Jong" for "Kim Jong Un").
        if (shorter.Length < longer.Length && shorter.Zip(longer).All(p => Spelled(p.First, p.Second))) return true;
        return shorter.Zip(tail).All(p => Spelled(p.First, p.Second))
            || shorter.Length > 1 && Spelled(shorter[^1], longer[^1]) && shorter[0][0] == longer[0][0];
    }

    /// <summary>Whether the speaker is written by name in the quote's own attribution ("Macron said", "a statement
    /// released by Macron"), not carried over from an earlier quote or reached through a pronoun or a role.</summary>
    private static bool NamedAtQuote(Document doc, Quote q, string? speaker)
    {
        if (q.Speaker is not { } s || !q.Span.Contains(s.Span)) return false;
        if (doc.FindEntity(s.EntityId) is { } e) return e.Mentions.Any(m => m.Kind == MentionKind.Name && m.Span.Overlaps(s.Span));
        return NamedInside(doc.Slice(s.Span), speaker);
    }

    /// <summary>Whether the quote's words hold the speaker's last name (folded, as a whole word).</summary>
    private static bool NamedInside(string content, string? speaker)
    {
        if (speaker is null || NameKey.Parts(speaker) is not { Length: > 0 } parts) return false;
        string last = NameKey.Fold(parts[^1]);
        return NameKey.Parts(content).Any(w => NameKey.Fold(w) == last);
    }

    /// <summary>Equal, or one edit apart when both words have five letters or more.</summary>
    private static bool Spelled(string x, string y)
    {
        if (x == y) return true;
        if (Math.Min(x.Length, y.Length) < 5 || Math.Abs(x.Length - y.Length) > 1) return false;
        int i = 0, n = Math.Min(x.Length, y.Length);
        while (i < n && x[i] == y[i]) i++;
        if (i == n) return true; // the longer word has one more letter at the end
        // One substitution, insertion or deletion at the first difference, the rest equal.
        if (x.Length == y.Length) return x.AsSpan(i + 1).SequenceEqual(y.AsSpan(i + 1));
        return x.Length > y.Length ? x.AsSpan(i + 1).SequenceEqual(y.AsSpan(i)) : x.AsSpan(i).SequenceEqual(y.AsSpan(i + 1));
    }

    /// <summary>
    /// Whether the quote's content lies inside another, longer quote's content in the same document (all but a
    /// tenth of it, so a closing stop or quote mark the outer span ends before does not count).
    /// </summary>
    private static bool IsNested(Document doc, Quote q) =>
        doc.Quotes.Any(o => !ReferenceEquals(o, q) && o.Content.Length > q.Content.Length
            && Math.Min(o.Content.End, q.Content.End) - Math.Max(o.Content.Start, q.Content.Start) >= 0.9 * q.Content.Length);
}
