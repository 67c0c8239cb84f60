using System.Collections.Immutable;
using System.Globalization;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Text;

namespace Corroborate.Analysis.Quotes;

/// <summary>
/// Who said what: direct quotes with their attribution before or after the marks, partial quotes inside
/// reported sentences, and reported speech without marks ("X said that …", "according to X, …",
/// "X estimates that …"), each with its speaker resolved to an entity, the channel, and relaying media in via.
/// </summary>
public sealed class QuotesStage : IAnnotator
{
    /// <summary>Quoted words without a cue shorter than this are scare quotes or titles, not quotations.</summary>
    private const int MinUncuedWords = 6;

    public StageInfo Info { get; } = new("quotes", 1, [Layers.Tokens, Layers.Sentences, Layers.Entities], [Layers.Quotes]);

    public Document Annotate(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var c = new QuoteContext(document);
        var drafts = new List<Quote>();
        var usedCues = new HashSet<int>();
        FindMarked(c, drafts, usedCues);
        cancellationToken.ThrowIfCancellationRequested();
        ReportedSpeech.Find(c, drafts, usedCues);
        ApplyVia(c, drafts);

        var ordered = drafts.OrderBy(q => q.Span).ThenBy(q => q.Content).ToList();
        var quotes = ordered.Select((q, i) => q with { Id = "q" + (i + 1).ToString(CultureInfo.InvariantCulture) }).ToImmutableArray();
        return document with { Quotes = quotes };
    }

    private static void FindMarked(QuoteContext c, List<Quote> drafts, HashSet<int> usedCues)
    {
        Speaker? previousSpeaker = null;
        int previousEnd = -1;
        foreach (var marks in QuoteMarks.Find(c.Text))
        {
            var content = Inner(c.Text, marks);
            if (content.IsEmpty) continue;
            int openTok = c.TokenAtOrAfter(marks.Start);
            int closeTok = c.TokenAtOrAfter(marks.End) - 1;
            if (openTok >= c.Tokens.Length || closeTok < openTok) continue;
            int sentence = c.SentenceOf[openTok];
            var (sStart, sEnd) = c.SentenceTokens(c.SentenceOf[Math.Min(closeTok, c.Tokens.Length - 1)]);
            var (firstStart, _) = c.SentenceTokens(sentence);
            int words = WordCount(c.Text, content);

            Quote? quote = After(c, marks, content, closeTok + 1, sEnd, usedCues)
                ?? Before(c, marks, content, openTok, firstStart, usedCues)
                ?? Partial(c, marks, content, openTok, firstStart, sEnd, usedCues);

            if (quote is null && words >= MinUncuedWords)
            {
                // A quote with no cue of its own continues the previous speaker when it follows closely
                // ("…," Lindqvist said. "But we will not rule anything out.").
                bool continues = previousSpeaker is not null && marks.Start >= previousEnd && marks.Start - previousEnd < 80 && !c.Text[previousEnd..marks.Start].Contains("\n\n", StringComparison.Ordinal);
                quote = new Quote
                {
                    Id = "",
                    Kind = QuoteKind.Direct,
                    Span = marks,
                    Content = content,
                    Speaker = continues ? previousSpeaker : null,
                };
            }

            if (quote is null) continue;
            drafts.Add(quote);
            previousSpeaker = quote.Speaker ?? previousSpeaker;
            previousEnd = quote.Span.End;
        }
    }

    /// <summary>“…,” an aide to Macron said. / “…,” said Putin. / “…,” Putin was quoted as saying.</summary>
    private static Quote? After(QuoteContext c, TextSpan marks, TextSpan content, int from, int sentenceEnd, HashSet<int> used)
    {
        int i = from;
        if (i < c.Tokens.Length && c.Words[i] == ",") i++;
        if (i >= sentenceEnd + 1 || i >= c.Tokens.Length) return null;
        for (int k = i; k < Math.Min(c.Tokens.Length, i + 12); k++)
        {
            if (c.Words[k] is "." or "!" or "?" || c.IsQuoteMark(k) && k > i) break;
            if (!(QuoteLexicon.Cues.Contains(c.Words[k]) || QuoteLexicon.QuoteOnlyCues.Contains(c.Words[k])) || used.Contains(k)) continue;
            var np = k == i ? SpeakerFinder.SubjectAfter(c, k, Math.Min(c.Tokens.Length, k + 9)) : SpeakerFinder.SubjectBefore(c, k, i);
            if (np is null) continue;
            used.Add(k);
            var speaker = SpeakerFinder.Resolve(c, np.Value, marks.Start);
            int last = Math.Max(k, np.Value.End - 1);
            return new Quote
            {
                Id = "",
                Kind = QuoteKind.Direct,
                Span = new TextSpan(marks.Start, c.Tokens[last].Span.End),
                Content = content,
                Speaker = speaker,
                Cue = c.Lower(k),
                Channel = SpeakerFinder.Channel(c, np.Value.Start, Math.Min(c.Tokens.Length, k + 6)),
            };
        }

        return null;
    }

    /// <summary>Zelenskyy said: “…” / He told reporters, “…”.</summary>
    private static Quote? Before(QuoteContext c, TextSpan marks, TextSpan content, int openTok, int sentenceStart, HashSet<int> used)
    {
        int k = openTok - 1;
        if (k >= sentenceStart && c.Words[k] is ":" or ",") k--;
        // "told reporters:" — step over a short object.
        for (int back = 0; back < 3 && k >= sentenceStart && !QuoteLexicon.Cues.Contains(c.Words[k]); back++) k--;
        if (k < sentenceStart || !QuoteLexicon.Cues.Contains(c.Words[k]) || used.Contains(k)) return null;
        if (k < openTok - 4) return null;
        var np = SpeakerFinder.SubjectBefore(c, k, sentenceStart);
        if (np is null) return null;
        used.Add(k);
        return new Quote
        {
            Id = "",
            Kind = QuoteKind.Direct,
            Span = new TextSpan(c.Tokens[np.Value.Start].Span.Start, marks.End),
            Content = content,
            Speaker = SpeakerFinder.Resolve(c, np.Value, marks.Start),
            Cue = c.Lower(k),
            Channel = SpeakerFinder.Channel(c, np.Value.Start, openTok),
        };
    }

    /// <summary>He said it was a “major mistake”: quoted words inside a sentence whose cue comes earlier.</summary>
    private static Quote? Partial(QuoteContext c, TextSpan marks, TextSpan content, int openTok, int sentenceStart, int sentenceEnd, HashSet<int> used)
    {
        for (int k = openTok - 1; k >= sentenceStart; k--)
        {
            if (c.IsQuoteMark(k)) break;
            if (!QuoteLexicon.Cues.Contains(c.Words[k])) continue;
            var np = SpeakerFinder.SubjectBefore(c, k, sentenceStart);
            if (np is null) return null;
            var speaker = SpeakerFinder.Resolve(c, np.Value, marks.Start);
            if (speaker is null) return null;
            return new Quote
            {
                Id = "",
                Kind = QuoteKind.Partial,
                Span = new TextSpan(c.Tokens[np.Value.Start].Span.Start, marks.End),
                Content = content,
                Speaker = speaker,
                Cue = c.Lower(k),
                Channel = SpeakerFinder.Channel(c, np.Value.Start, Math.Min(k + 4, sentenceEnd)),
            };
        }

        return null;
    }

    /// <summary>"…, according to the Daily Beast" and "…, Reuters reported": media relay the other quotes of the sentence.</summary>
    private static void ApplyVia(QuoteContext c, List<Quote> quotes)
    {
        var relays = quotes.Where(q => q.Speaker is { } s && (s.EntityId is { } id && c.Document.FindEntity(id) is { } e ? c.IsMedia(e) : c.IsMediaName(s.Name))).ToList();
        foreach (var relay in relays)
        {
            int sentence = c.SentenceOf[c.TokenAtOrAfter(relay.Span.Start)];
            var others = quotes.Where(q => q != relay && c.SentenceOf[c.TokenAtOrAfter(q.Content.Start)] == sentence && q.Speaker?.Name != relay.Speaker!.Name).ToList();
            if (others.Count == 0)
            {
                // Nothing else quoted: the relayed claim belongs to the sentence's named subject when it has one
                // ("Putin appears determined …, Reuters reported").
                var subject = c.MentionsIn(relay.Content).FirstOrDefault(m => m.Entity.Kind == EntityKind.Person);
                if (subject.Entity is null) continue;
                quotes[quotes.IndexOf(relay)] = relay with
                {
                    Speaker = new Speaker(subject.Entity.Id, subject.Entity.Name, null, subject.Span),
                    Via = StripArticle(relay.Speaker!.Name),
                };
                continue;
            }

            foreach (var other in others)
            {
                quotes[quotes.IndexOf(other)] = other with { Via = StripArticle(relay.Speaker!.Name) };
            }

            quotes.Remove(relay);
        }
    }

    private static string StripArticle(string name) => name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;

    private static TextSpan Inner(string text, TextSpan marks)
    {
        int s = marks.Start + 1, e = marks.End;
        if (e > s && text[e - 1] is '”' or '"' or '»') e--;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] == ',')) e--;
        return new TextSpan(s, e);
    }

    internal static int WordCount(string text, TextSpan span)
    {
        int n = 0;
        bool inWord = false;
        for (int i = span.Start; i < span.End; i++)
        {
            bool w = char.IsLetterOrDigit(text[i]);
            if (w && !inWord) n++;
            inWord = w;
        }

        return n;
    }
}
