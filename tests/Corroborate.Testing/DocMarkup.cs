using System.Collections.Immutable;
using System.Text;
using Corroborate.Analysis.Segmentation;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Testing;

/// <summary>A labelled span found in markup, for assertions: <c>[over 350](N)</c> → Label "N".</summary>
public sealed record MarkedSpan(string Label, string? Key, TextSpan Span, string Text);

/// <summary>
/// Builds documents by hand from markup, the way spaCy's tests do, instead of running upstream models:
/// <c>"[Vladimir Putin](PER#putin) said [he](PER#putin) ..."</c>.
/// <list type="bullet">
/// <item><c>[text](LABEL)</c> marks a span; <c>[text](LABEL#key)</c> groups spans under one key.</item>
/// <item>Labels PER, ORG, LOC, GRP, MISC become entities (mentions grouped by key, else by text); others are only returned.</item>
/// <item>Write <c>\[</c> for a literal bracket.</item>
/// </list>
/// The result is segmented (tokens and sentences) and has the clean-text layer, plus entities when marked.
/// </summary>
public static class DocMarkup
{
    public static Document Parse(string markup, string id = "d1", SourceMetadata? metadata = null) =>
        Parse(markup, out _, id, metadata);

    public static Document Parse(string markup, out IReadOnlyList<MarkedSpan> spans, string id = "d1", SourceMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var text = new StringBuilder();
        var found = new List<MarkedSpan>();
        var open = new Stack<int>();
        for (int i = 0; i < markup.Length; i++)
        {
            char c = markup[i];
            if (c == '\\' && i + 1 < markup.Length && markup[i + 1] is '[' or ']')
            {
                text.Append(markup[++i]);
            }
            else if (c == '[')
            {
                open.Push(text.Length);
            }
            else if (c == ']' && open.Count > 0 && i + 1 < markup.Length && markup[i + 1] == '(')
            {
                int close = markup.IndexOf(')', i + 2);
                if (close < 0) throw new FormatException($"Unclosed label after position {i}.");
                var label = markup[(i + 2)..close];
                int hash = label.IndexOf('#', StringComparison.Ordinal);
                string? key = hash >= 0 ? label[(hash + 1)..] : null;
                if (hash >= 0) label = label[..hash];
                int start = open.Pop();
                found.Add(new MarkedSpan(label, key, new TextSpan(start, text.Length), text.ToString(start, text.Length - start)));
                i = close;
            }
            else
            {
                text.Append(c);
            }
        }

        if (open.Count > 0) throw new FormatException("Unclosed '[' in markup.");
        spans = found.OrderBy(s => s.Span).ToList();
        var doc = Document.FromText(id, "markup", text.ToString(), metadata);
        var tokens = Tokenizer.Tokenize(doc.Text, new TextSpan(0, doc.Text.Length));
        doc = doc with
        {
            Tokens = tokens,
            Sentences = SentenceSplitter.Split(doc.Text, tokens),
            Produced = ImmutableSortedSet.Create(StringComparer.Ordinal, Layers.CleanText, Layers.Tokens, Layers.Sentences),
        };

        var entities = BuildEntities(spans);
        return entities.IsEmpty
            ? doc
            : doc with { Entities = entities, Produced = doc.Produced.Add(Layers.Entities) };
    }

    private static ImmutableArray<Entity> BuildEntities(IReadOnlyList<MarkedSpan> spans)
    {
        var groups = spans
            .Where(s => KindOf(s.Label) is not null)
            .GroupBy(s => (s.Label, s.Key ?? s.Text))
            .OrderBy(g => g.First().Span)
            .ToList();
        var entities = ImmutableArray.CreateBuilder<Entity>();
        foreach (var g in groups)
        {
            var mentions = g.Select(s => new Mention(s.Span, MentionKindOf(s.Text))).OrderBy(m => m.Span).ToImmutableArray();
            entities.Add(new Entity
            {
                Id = $"e{entities.Count + 1}",
                Kind = KindOf(g.Key.Label)!.Value,
                Name = g.Where(s => MentionKindOf(s.Text) == MentionKind.Name).Select(s => s.Text).DefaultIfEmpty(g.First().Text)
                    .OrderByDescending(t => t.Length).First(),
                Mentions = mentions,
            });
        }

        return entities.ToImmutable();
    }

    private static MentionKind MentionKindOf(string text) =>
        text.ToLowerInvariant() is "he" or "she" or "they" or "him" or "her" or "his" or "it" or "its" or "their" or "them"
            ? MentionKind.Pronoun
            : char.IsLower(text[0]) ? MentionKind.Description : MentionKind.Name;

    private static EntityKind? KindOf(string label) => label switch
    {
        "PER" => EntityKind.Person,
        "ORG" => EntityKind.Organization,
        "LOC" => EntityKind.Place,
        "GRP" => EntityKind.Group,
        "MISC" => EntityKind.Other,
        _ => null,
    };
}
