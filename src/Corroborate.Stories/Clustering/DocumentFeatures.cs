using Corroborate.Model;
using Corroborate.Stories.Entities;
using Corroborate.Stories.Text;

namespace Corroborate.Stories.Clustering;

/// <summary>
/// What the clusterer sees of one document: content-word counts, entity keys, published date, the latest year its
/// text writes out and the people it names.
/// </summary>
public sealed record DocumentFeatures(
    string Id,
    IReadOnlyDictionary<string, int> Terms,
    IReadOnlyDictionary<string, int> Names,
    DateOnly? Published,
    bool PublishedFromMetadata = false)
{
    /// <summary>
    /// The latest year the text writes out ("in 2008", "May 3, 2013", "September 2010"; not "Tuesday", decades or
    /// centuries), null when it names none. A report cannot predate the years it names, and in news the latest one
    /// is most often the report's own, so it dates a document that has no publication date to a year at best.
    /// </summary>
    public int? LatestYear { get; init; }

    /// <summary>
    /// People the entity layer found, by folded surname, with their mention counts (empty without it): the
    /// participants that tell two events of one kind apart (see StreamingClusterer.PeopleDisagree).
    /// </summary>
    public IReadOnlyDictionary<string, int> People { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>
    /// Extracts features. Names come from the entity layer (people by folded surname, organisations and places
    /// by folded full name) and from capitalised words that do not start a sentence.
    /// </summary>
    public static DocumentFeatures Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = ContentWords.TokensOf(document);
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in ContentWords.Of(document.Text, tokens)) terms[w] = terms.GetValueOrDefault(w) + 1;

        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var people = new Dictionary<string, int>(StringComparer.Ordinal);
        if (document.Has(Layers.Entities) && !document.Entities.IsEmpty)
        {
            foreach (var e in document.Entities)
            {
                if (e.Kind is not (EntityKind.Person or EntityKind.Organization or EntityKind.Place)) continue;
                var key = e.Kind == EntityKind.Person ? NameKey.Surname(e.Name) : NameKey.Full(e.Name);
                if (key.Length == 0) continue;
                names[key] = names.GetValueOrDefault(key) + e.Mentions.Length;
                if (e.Kind == EntityKind.Person) people[key] = people.GetValueOrDefault(key) + e.Mentions.Length;
            }
        }

        // Capitalised words that do not start a sentence are added as well (with the entity layer or without):
        // they carry the names the entity stage misses and the weekdays and months that pin an event, and with
        // them ECB+ dev event F1 is 0.865 against 0.806 from entity names alone.
        {
            var sentenceStarts = new HashSet<int>(document.Sentences.Select(s => s.Span.Start));
            for (int i = 0; i < tokens.Length; i++)
            {
                var t = tokens[i];
                if (t.Kind != TokenKind.Word || !char.IsUpper(document.Text[t.Span.Start])) continue;
                if (i == 0 || sentenceStarts.Contains(t.Span.Start) || tokens[i - 1].Kind == TokenKind.Punctuation
                    && document.Text[tokens[i - 1].Span.Start] is '"' or '\u201C' or '.' or ':') continue;
                var w = ContentWords.Normalise(t.Span.AsSpan(document.Text));
                if (w.Length < 2 || ContentWords.IsStopWord(w)) continue;
                var key = NameKey.Fold(w);
                names[key] = names.GetValueOrDefault(key) + 1;
            }
        }

        var published = document.Metadata.Published.Value is { } v ? v.FirstDay : (DateOnly?)null;
        return new DocumentFeatures(document.Id, terms, names, published, document.Metadata.Published.Method == DateMethod.Metadata)
        {
            LatestYear = LatestWrittenYear(document),
            People = people,
        };
    }

    private static int? LatestWrittenYear(Document document)
    {
        int? latest = null;
        foreach (var m in document.Dates)
        {
            // Relative dates ("Tuesday", "last year") carry a year only through the publication date, which the
            // clusterer has already; decades and centuries are background, not the report's time.
            if (m.Kind == DateKind.Relative || m.Value.Period != DatePeriod.None || m.Value.Year < 1000) continue;
            if (latest is null || m.Value.Year > latest) latest = m.Value.Year;
        }

        return latest;
    }
}
