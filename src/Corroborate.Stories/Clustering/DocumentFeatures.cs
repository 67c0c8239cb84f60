using Corroborate.Model;
using Corroborate.Stories.Entities;
using Corroborate.Stories.Text;

namespace Corroborate.Stories.Clustering;

/// <summary>What the clusterer sees of one document: content-word counts, entity keys, published date.</summary>
public sealed record DocumentFeatures(
    string Id,
    IReadOnlyDictionary<string, int> Terms,
    IReadOnlyDictionary<string, int> Names,
    DateOnly? Published)
{
    /// <summary>
    /// Extracts features. Names come from the entity layer (people by folded surname, organisations and places
    /// by folded full name); without that layer, capitalised words that do not start a sentence stand in, so the
    /// clusterer still sees who and where when the entity stage has not run.
    /// </summary>
    public static DocumentFeatures Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = ContentWords.TokensOf(document);
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in ContentWords.Of(document.Text, tokens)) terms[w] = terms.GetValueOrDefault(w) + 1;

        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        if (document.Has(Layers.Entities) && !document.Entities.IsEmpty)
        {
            foreach (var e in document.Entities)
            {
                if (e.Kind is not (EntityKind.Person or EntityKind.Organization or EntityKind.Place)) continue;
                var key = e.Kind == EntityKind.Person ? NameKey.Surname(e.Name) : NameKey.Full(e.Name);
                if (key.Length > 0) names[key] = names.GetValueOrDefault(key) + e.Mentions.Length;
            }
        }
        else
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
        return new DocumentFeatures(document.Id, terms, names, published);
    }
}
