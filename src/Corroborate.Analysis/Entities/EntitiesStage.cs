using System.Collections.Frozen;
using System.Collections.Immutable;
using Corroborate.Analysis.Entities.Tagging;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Text;

namespace Corroborate.Analysis.Entities;

/// <summary>
/// People, organisations, places and groups: the statistical tagger finds name mentions, then
/// <see cref="EntityResolver"/> folds them into one canonical entity per referent with titles, role
/// descriptions ("the French president") and organisations tied to people ("Macron's office").
/// </summary>
public sealed class EntitiesStage(NerTagger? tagger = null) : IAnnotator
{
    private readonly NerTagger? _tagger = tagger;

    public StageInfo Info { get; } = new("entities", 7, [Layers.Tokens, Layers.Sentences], [Layers.Entities]);

    public Document Annotate(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tagger = _tagger ?? NerTagger.Default;
        var sentenceTokens = TokensBySentence(document);
        var words = sentenceTokens.Select(ts => (IReadOnlyList<string>)ts.Select(t => document.Slice(t.Span)).ToArray()).ToList();
        var tags = tagger.TagDocument(words);

        var chunks = new List<NameChunk>();
        for (int s = 0; s < sentenceTokens.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (first, end, tagged) in MiddleInitials.Join(document, sentenceTokens[s], [.. Chunks(tags[s])]))
            {
                int start = first;
                var type = AppositiveKinds.Retype(document, sentenceTokens[s], start, end, tagged);
                var span = new TextSpan(sentenceTokens[s][start].Span.Start, sentenceTokens[s][end - 1].Span.End);
                if (type == "PER" && end - start == 1 && Weekdays.Contains(document.Slice(span))) continue; // "Published on: Fri, 11 Nov"
                if (type == "PER" && OpensWithGerund(document, sentenceTokens[s], start, end, span))
                {
                    start++; // "Choosing DeGeneres, known for …, signals": the verb opening the sentence is no first name
                    span = new TextSpan(sentenceTokens[s][start].Span.Start, span.End);
                }

                chunks.Add(new NameChunk(span, type, s, start, end));
            }
        }

        var entities = new EntityResolver(document, sentenceTokens, chunks).Resolve();
        return document with { Entities = entities };
    }

    /// <summary>A weekday alone is never a person, however a dateline ("Fri, 11 Nov 2011") made it look.</summary>
    private static readonly FrozenSet<string> Weekdays = FrozenSet.ToFrozenSet(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A person name that starts its sentence with a word in -ing ("Choosing DeGeneres") and is written nowhere else
    /// in full: the capitalised gerund is the sentence's verb, not a first name ("Channing Tatum" named again stays whole).
    /// </summary>
    private static bool OpensWithGerund(Document document, Token[] sentence, int start, int end, TextSpan span)
    {
        if (start != 0 || end - start < 2) return false;
        var first = document.Slice(sentence[start].Span);
        if (first.Length < 6 || !first.EndsWith("ing", StringComparison.Ordinal)) return false;
        var name = document.Slice(span);
        return document.Text.IndexOf(name, span.End, StringComparison.Ordinal) < 0 && document.Text.LastIndexOf(name, Math.Max(0, span.Start - 1), StringComparison.Ordinal) < 0;
    }

    /// <summary>The tokens of each sentence (tokens outside any sentence are ignored).</summary>
    internal static List<Token[]> TokensBySentence(Document document)
    {
        var result = new List<Token[]>(document.Sentences.Length);
        int t = 0;
        foreach (var sentence in document.Sentences)
        {
            while (t < document.Tokens.Length && document.Tokens[t].Span.Start < sentence.Span.Start) t++;
            int start = t;
            while (t < document.Tokens.Length && document.Tokens[t].Span.End <= sentence.Span.End) t++;
            result.Add(document.Tokens[start..t].ToArray());
        }

        return result;
    }

    private static IEnumerable<(int Start, int End, string Type)> Chunks(int[] tags) =>
        NerTags.Chunks(tags).Select(c => (c.Start, c.End, NerTags.Types[c.Type]));
}

/// <summary>A tagged name: its span, CoNLL type, and where its tokens are in its sentence.</summary>
internal sealed record NameChunk(TextSpan Span, string Type, int Sentence, int TokenStart, int TokenEnd);
