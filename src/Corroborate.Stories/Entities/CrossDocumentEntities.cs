using System.Collections.Immutable;
using Corroborate.Model;
using Corroborate.Stories.Model;

namespace Corroborate.Stories.Entities;

/// <summary>
/// Links the entities of a story's documents: one <see cref="StoryEntity"/> per real person, organisation or
/// place, whatever spelling each outlet uses. People meet on a transliteration-tolerant surname with compatible
/// first names; organisations and places on their folded full name (or a person's surname-only mention when
/// it is the same word, e.g. an org "Kremlin" never meets a person).
/// </summary>
public sealed class CrossDocumentEntities
{
    private readonly Dictionary<(string Doc, string Entity), int> _index = [];

    private CrossDocumentEntities(ImmutableArray<StoryEntity> entities, Dictionary<(string, string), int> index)
    {
        Entities = entities;
        _index = index;
    }

    public ImmutableArray<StoryEntity> Entities { get; }

    /// <summary>The story entity a document's entity belongs to, or null (groups, other kinds).</summary>
    public StoryEntity? Of(string document, string? entity) =>
        entity is not null && _index.TryGetValue((document, entity), out int i) ? Entities[i] : null;

    /// <summary>A name with a first name or initial before the surname.</summary>
    private static bool FullName(Entity e) => NameKey.Parts(e.Name).Length > 1;

    public static CrossDocumentEntities Link(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var items = new List<(string Doc, Entity E)>();
        foreach (var d in documents)
        {
            foreach (var e in d.Entities)
            {
                if (e.Kind is EntityKind.Person or EntityKind.Organization or EntityKind.Place) items.Add((d.Id, e));
            }
        }

        var parent = Enumerable.Range(0, items.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);

        // Block by key so matching is linear in the number of entities, not quadratic.
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            var e = items[i].E;
            var key = e.Kind == EntityKind.Person ? "p:" + NameKey.Surname(e.Name) : "o:" + NameKey.Full(e.Name);
            if (!blocks.TryGetValue(key, out var list)) blocks[key] = list = [];
            list.Add(i);
        }

        foreach (var list in blocks.Values)
        {
            for (int a = 0; a < list.Count; a++)
            {
                for (int b = a + 1; b < list.Count; b++)
                {
                    var (ea, eb) = (items[list[a]].E, items[list[b]].E);
                    bool same = ea.Kind == EntityKind.Person
                        ? FullName(ea) && FullName(eb) && NameKey.SamePerson(ea.Name, eb.Name)
                        : ea.Kind == eb.Kind || (ea.Kind != EntityKind.Person && eb.Kind != EntityKind.Person);
                    if (same) parent[Find(list[a])] = Find(list[b]);
                }
            }

            // A surname alone ("Kafoury") joins the person of that surname only when the full names are one person;
            // beside "Charlie Kafoury" and "Charlene Kafoury" it could be either, and joining both would make them one.
            var people = list.Where(i => items[i].E.Kind == EntityKind.Person && FullName(items[i].E)).Select(Find).Distinct().ToList();
            if (people.Count > 1) continue;
            foreach (int i in list.Where(i => items[i].E.Kind == EntityKind.Person && !FullName(items[i].E)))
            {
                foreach (int j in list.Where(j => j != i && items[j].E.Kind == EntityKind.Person && NameKey.SamePerson(items[i].E.Name, items[j].E.Name)))
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }

        var groups = Enumerable.Range(0, items.Count).GroupBy(Find).OrderBy(g => g.Min()).ToList();
        var entities = ImmutableArray.CreateBuilder<StoryEntity>();
        var index = new Dictionary<(string, string), int>();
        foreach (var g in groups)
        {
            var members = g.Select(i => items[i]).ToList();
            // The canonical name: the fullest spelling, ties to the most frequent, then ordinal, for determinism.
            var name = members.GroupBy(m => m.E.Name, StringComparer.Ordinal)
                .OrderByDescending(n => n.Key.Split(' ').Length)
                .ThenByDescending(n => n.Count())
                .ThenBy(n => n.Key, StringComparer.Ordinal)
                .First().Key;
            foreach (var m in members) index[(m.Doc, m.E.Id)] = entities.Count;
            entities.Add(new StoryEntity(name, members[0].E.Kind, [.. members.Select(m => (m.Doc, m.E.Id))]));
        }

        return new CrossDocumentEntities(entities.ToImmutable(), index);
    }
}
