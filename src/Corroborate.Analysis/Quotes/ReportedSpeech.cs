using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Analysis.Quotes;

/// <summary>
/// Reported speech without quotation marks, sentence by sentence: "according to X, …" and "…, according to X";
/// "X said (that) …", "X told Y (that) …", "X estimates that …"; and "…, X said." at the end of a sentence.
/// The content is bounded to the reported clause (it stops at ", with …", ", while …", ", according to …").
/// </summary>
internal static class ReportedSpeech
{
    private static readonly string[] ObjectVerbs = ["told", "tells", "tell", "asked", "asks", "urged", "urges", "warned", "warns", "assured", "promised"];

    /// <summary>Reported content shorter than this (in tokens) is too thin to be a statement.</summary>
    private const int MinContentTokens = 3;

    public static void Find(QuoteContext c, List<Quote> quotes, HashSet<int> usedCues)
    {
        for (int s = 0; s < c.Document.Sentences.Length; s++)
        {
            var (start, end) = c.SentenceTokens(s);
            if (end - start < 4 || MostlyQuoted(c, quotes, c.Document.Sentences[s].Span)) continue;
            int last = end;
            while (last > start && c.Words[last - 1] is "." or "!" or "?" or "”" or "\"") last--;
            AccordingTo(c, quotes, start, last);
            Cues(c, quotes, usedCues, start, last);
            TrailingCue(c, quotes, usedCues, start, last);
        }
    }

    private static bool MostlyQuoted(QuoteContext c, List<Quote> quotes, TextSpan sentence)
    {
        int covered = quotes.Where(q => q.Kind == QuoteKind.Direct).Sum(q => q.Content.OverlapLength(sentence));
        return covered * 2 > sentence.Length;
    }

    private static bool InsideQuote(List<Quote> quotes, TextSpan span) => quotes.Any(q => q.Kind != QuoteKind.Indirect && q.Content.Contains(span));

    private static void AccordingTo(QuoteContext c, List<Quote> quotes, int start, int end)
    {
        for (int a = start; a + 2 < end; a++)
        {
            if (c.Lower(a) != "according" || c.Lower(a + 1) != "to") continue;
            var np = NounPhrase(c, a + 2, end);
            if (np is null) continue;
            var speaker = SpeakerFinder.Resolve(c, np.Value, c.Tokens[a].Span.Start);
            if (speaker is null) continue;
            TextSpan content;
            if (a <= start + 1)
            {
                int from = SkipApposition(c, np.Value.End, end, speaker);
                if (from >= end) continue;
                content = c.SpanOf(from, end);
            }
            else
            {
                int to = a;
                while (to > start && c.Words[to - 1] is ",") to--;
                if (to - start < MinContentTokens) continue;
                content = c.SpanOf(start, to);
            }

            if (InsideQuote(quotes, content)) continue;
            quotes.Add(new Quote
            {
                Id = "",
                Kind = QuoteKind.Indirect,
                Span = c.SpanOf(start, end),
                Content = content,
                Speaker = speaker,
                Cue = "according to",
                Channel = SpeakerFinder.Channel(c, a, np.Value.End),
            });
            return;
        }
    }

    private static void Cues(QuoteContext c, List<Quote> quotes, HashSet<int> usedCues, int start, int end)
    {
        for (int k = start + 1; k < end - 1; k++)
        {
            if (!QuoteLexicon.Cues.Contains(c.Words[k]) || usedCues.Contains(k)) continue;
            // "the reported cases", "estimates show": a cue word used as a noun or adjective.
            if (QuoteLexicon.Determiners.Contains(c.Words[k - 1])) continue;
            if (InsideQuote(quotes, c.Tokens[k].Span)) continue;
            var np = SpeakerFinder.SubjectBefore(c, k, start);
            if (np is null) continue;
            var speaker = SpeakerFinder.Resolve(c, np.Value, c.Tokens[np.Value.Start].Span.Start);
            if (speaker is null || (speaker.EntityId is null && !QuoteLexicon.Determiners.Contains(c.Words[np.Value.Start]))) continue;
            if (speaker.EntityId is { } id && c.Document.FindEntity(id)?.Kind is EntityKind.Group or EntityKind.Other) continue;

            int from = k + 1;
            if (ObjectVerbs.Contains(c.Lower(k))) from = SkipObject(c, from, end);
            int to;
            if (from < end && IsAdverbialStart(c, from))
            {
                // "said on Friday, October 17, that …" / "said in a statement that …": the content follows "that";
                // "…, the governor said on Friday." without "that": the content is what came before the speaker.
                int that = Enumerable.Range(from, Math.Max(0, Math.Min(end, from + 10) - from)).FirstOrDefault(t => c.Lower(t) == "that", -1);
                if (that >= 0)
                {
                    from = that + 1;
                    to = ClauseEnd(c, from, end);
                }
                else if (np.Value.Start > start && c.Words[np.Value.Start - 1] == ",")
                {
                    to = np.Value.Start - 1;
                    from = start;
                }
                else
                {
                    continue;
                }
            }
            else
            {
                if (from < end && c.Lower(from) == "that") from++;
                to = ClauseEnd(c, from, end);
            }

            if (to - from < MinContentTokens) continue;
            var content = c.SpanOf(from, to);
            if (quotes.Any(q => q.Kind == QuoteKind.Indirect && q.Content.Overlaps(content))) continue;
            usedCues.Add(k);
            quotes.Add(new Quote
            {
                Id = "",
                Kind = QuoteKind.Indirect,
                Span = c.SpanOf(Math.Min(from, np.Value.Start), Math.Max(to, k + 1)),
                Content = content,
                Speaker = speaker,
                Cue = c.Lower(k),
                Channel = SpeakerFinder.Channel(c, np.Value.Start, from),
            });
        }
    }

    /// <summary>"…, Reuters reported." / "…, the minister said."</summary>
    private static void TrailingCue(QuoteContext c, List<Quote> quotes, HashSet<int> usedCues, int start, int end)
    {
        int k = end - 1;
        if (k <= start || !QuoteLexicon.Cues.Contains(c.Words[k]) || usedCues.Contains(k)) return;
        int comma = k - 1;
        while (comma > start && c.Words[comma] != "," && k - comma <= 8) comma--;
        if (comma <= start + MinContentTokens || c.Words[comma] != "," || comma + 1 >= k) return;
        var speaker = SpeakerFinder.Resolve(c, (comma + 1, k), c.Tokens[comma].Span.Start);
        if (speaker?.EntityId is null) return;
        var content = c.SpanOf(start, comma);
        if (InsideQuote(quotes, content) || quotes.Any(q => q.Kind == QuoteKind.Indirect && q.Content.Overlaps(content))) return;
        usedCues.Add(k);
        quotes.Add(new Quote
        {
            Id = "",
            Kind = QuoteKind.Indirect,
            Span = c.SpanOf(start, end),
            Content = content,
            Speaker = speaker,
            Cue = c.Lower(k),
        });
    }

    /// <summary>A name or description starting at <paramref name="from"/>: an entity mention, or a determiner phrase up to a comma.</summary>
    private static (int Start, int End)? NounPhrase(QuoteContext c, int from, int end)
    {
        int i = from;
        while (i < end && QuoteLexicon.Determiners.Contains(c.Words[i]) && i - from < 2) i++;
        var mention = c.Mentions.FirstOrDefault(m => m.Span.Start == c.Tokens[Math.Min(i, c.Tokens.Length - 1)].Span.Start);
        if (mention.Entity is not null)
        {
            int after = c.TokenAtOrAfter(mention.Span.End);
            // "a statement from Macron's office": extend over "'s office".
            return (from, Math.Max(after, i + 1));
        }

        int j = from;
        while (j < end && j - from < 8 && c.Words[j] is not ("," or ";" or ":")) j++;
        return j > from ? (from, j) : null;
    }

    /// <summary>Steps over ", UN high commissioner for human rights," after a name when it is the person's title.</summary>
    private static int SkipApposition(QuoteContext c, int from, int end, Speaker speaker)
    {
        int i = from;
        if (i < end && c.Words[i] == ",") i++;
        int next = i;
        while (next < end && c.Words[next] != "," && next - i <= 10) next++;
        if (next < end && c.Words[next] == "," && next > i)
        {
            string apposition = c.Text[c.Tokens[i].Span.Start..c.Tokens[next - 1].Span.End];
            var entity = c.Document.FindEntity(speaker.EntityId);
            bool isTitle = entity?.Titles.Any(t => t.Equals(apposition, StringComparison.OrdinalIgnoreCase)) == true;
            bool hasVerb = Enumerable.Range(i, next - i).Any(t => QuoteLexicon.Cues.Contains(c.Words[t]));
            if (isTitle || (!hasVerb && next - i <= 6 && end - next > 4)) return next + 1;
        }

        return i;
    }

    private static bool IsAdverbialStart(QuoteContext c, int token) =>
        c.Lower(token) is "on" or "in" or "at" or "during" or "last" or "yesterday" or "today" or "earlier" or "later" or "late" or "this" or "after" or "before" or "," or "via" or "through" or "when";

    private static int SkipObject(QuoteContext c, int from, int end)
    {
        int i = from;
        var mention = c.Mentions.FirstOrDefault(m => from < c.Tokens.Length && m.Span.Start == c.Tokens[from].Span.Start);
        if (mention.Entity is not null) return c.TokenAtOrAfter(mention.Span.End);
        if (i < end && c.Lower(i) is "reporters" or "journalists" or "him" or "her" or "them" or "us" or "me" or "parliament" or "lawmakers") return i + 1;
        if (i < end && QuoteLexicon.Determiners.Contains(c.Words[i]))
        {
            i++;
            while (i < end && i - from < 4 && char.IsLetter(c.Words[i][0]) && c.Lower(i) != "that") i++;
        }

        return i;
    }

    /// <summary>The end of a reported clause: the sentence end, or a comma that opens another clause.</summary>
    private static int ClauseEnd(QuoteContext c, int from, int end)
    {
        for (int i = from; i < end - 1; i++)
        {
            if (c.Words[i] is ";" or "—") return i;
            if (c.Words[i] == "," && c.Lower(i + 1) is "with" or "while" or "whereas" or "according" or "adding" or "but" or "as")
            {
                return i;
            }
        }

        return end;
    }
}
