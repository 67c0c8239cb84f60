using System.Globalization;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Analysis.Quotes;

/// <summary>
/// Interview and debate transcripts: "WALLACE: Let's start with …" / "PENCE: Well, look, …". A paragraph that opens
/// with a speaker's label in capitals and a colon is that speaker's verbatim turn, up to the end of the paragraph.
/// One such line could be a dateline ("WASHINGTON: …"), so turns are taken only from a text holding at least
/// <see cref="MinTurns"/> of them by at least two labels. A turn replaces whatever the other passes read inside it
/// (a stray mark opening each turn, as archives print transcripts, would otherwise pair across turns).
/// </summary>
internal static class TranscriptTurns
{
    private const int MinTurns = 3;
    private const int MaxLabelWords = 3;

    public static void Apply(Document document, TokenView v, List<QuoteDraft> drafts)
    {
        var turns = new List<(TokenRange Label, int Colon, TextSpan Content)>();
        for (int p = 0; p < v.Count; p = v.NextParagraph(p))
        {
            if (p != v.ParagraphStart(p)) continue;
            int s = v.IsQuoteMark(p) ? p + 1 : p;
            int e = s;
            while (e < v.Count && e - s < MaxLabelWords && IsCapitalsWord(v, e)) e++;
            int end = v.NextParagraph(p);
            if (e == s || !v.Is(e, ':') || e + 1 >= end) continue;
            int last = end - 1;
            if (v.IsQuoteMark(last) && last > e + 1) last--; // the mark a transcript's archive copy leaves at the end
            turns.Add((new TokenRange(s, e), e, new TextSpan(v.Span(e + 1).Start, v.Span(last).End)));
        }

        // "READ MORE:" and "WATCH:" label links, not speakers; and one label at least must name someone of the text
        // (a person or a role), since a transcript introduces whom it quotes.
        turns.RemoveAll(t => LinkLabels.Overlaps(Label(v, t.Label).Split(' ')));
        var labels = turns.Select(t => Label(v, t.Label)).Distinct(StringComparer.Ordinal).ToList();
        if (turns.Count < MinTurns || labels.Count < 2 || !labels.Any(l => Names(document, l))) return;
        foreach (var (label, colon, content) in turns)
        {
            foreach (var d in drafts.Where(d => d.Span.Overlaps(content))) d.Dropped = true;
            var span = new TextSpan(v.Span(label.Start).Start, v.Span(label.End - 1).End);
            drafts.Add(new QuoteDraft
            {
                Kind = QuoteKind.Direct,
                Span = span.Union(content),
                Content = content,
                Speaker = SpeakerOf(document, Label(v, label), span),
                SpeakerTokens = label,
                CueToken = colon,
                Cue = ":",
            });
        }
    }

    /// <summary>A word in capitals of two letters or more ("PENCE", "MR"), or the stop of an abbreviation in one ("MR.").</summary>
    private static bool IsCapitalsWord(TokenView v, int k)
    {
        if (v.Is(k, '.')) return k > 0 && IsCapitalsWord(v, k - 1) && v.Span(k - 1).End == v.Span(k).Start;
        if (!v.IsWord(k)) return false;
        var w = v.Word(k);
        if (w.Length < 2) return false;
        foreach (char c in w)
        {
            if (!char.IsUpper(c) && c is not ('-' or '\'' or '\u2019')) return false;
        }

        return true;
    }

    private static string Label(TokenView v, TokenRange label) =>
        string.Join(' ', Enumerable.Range(label.Start, label.End - label.Start).Where(v.IsWord).Select(k => v.Word(k).ToString()));

    private static readonly HashSet<string> LinkLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "read", "more", "watch", "below", "related", "listen", "video", "see", "also", "update", "updated", "breaking", "correction",
        "photos", "photo", "note", "editor's", "editor’s", "advertisement", "click", "subscribe", "share",
    };

    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "host", "moderator", "interviewer", "reporter", "question", "answer", "audience member", "caller", "anchor", "correspondent",
    };

    private static bool Names(Document document, string label) =>
        Roles.Contains(label) || Person(document, label) is not null;

    private static Entity? Person(Document document, string label) =>
        document.Entities.FirstOrDefault(e => e.Kind == EntityKind.Person
            && (e.Name.Equals(label, StringComparison.OrdinalIgnoreCase) || e.Name.EndsWith(" " + label, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The person the label names (its surname or whole name, in any case), else the label in title case.</summary>
    private static Speaker SpeakerOf(Document document, string label, TextSpan span)
    {
        var person = Person(document, label);
        return person is not null
            ? new Speaker(person.Id, person.Name, null, span)
            : new Speaker(null, CultureInfo.InvariantCulture.TextInfo.ToTitleCase(label.ToLowerInvariant()), null, span);
    }
}
