using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Analysis.Quotes;

/// <summary>
/// "Caddell: Voters Worried About the Depot", "Poll: Most Residents Back the Mayor": a headline that opens with a
/// source and a colon states what that source says. Only the text's opening line counts, and only when the label
/// names someone the text mentions again or a finding (a poll, a study), so "Update:" or "Analysis:" report nothing.
/// </summary>
internal static class HeadlineLabel
{
    private const int MaxLabelWords = 4;

    public static void Apply(Document document, TokenView v, List<QuoteDraft> drafts)
    {
        if (v.Count == 0) return;
        int end = Math.Min(v.NextParagraph(0), v.SentenceEnd(0));
        int colon = 0;
        while (colon < end && colon <= MaxLabelWords && (v.IsCapitalized(colon) || v.IsClitic(colon))) colon++;
        if (colon == 0 || colon >= end - 1 || !v.Is(colon, ':') || drafts.Any(d => d.Span.Start < v.Span(end - 1).End)) return;
        var label = new TokenRange(0, colon);
        var span = new TextSpan(v.Span(0).Start, v.Span(colon - 1).End);
        var name = document.Slice(span);
        // The label names someone the body mentions again: a person (whole name or surname) or a body ("Politifact").
        var named = document.Entities.FirstOrDefault(e => e.Kind is EntityKind.Person or EntityKind.Organization
            && (e.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || e.Kind == EntityKind.Person && e.Name.EndsWith(" " + name, StringComparison.OrdinalIgnoreCase))
            && e.Mentions.Any(m => m.Span.Start >= v.Span(end - 1).End));
        if (named is null && !(colon == 1 && QuoteLexicon.FindingNoun.Contains(v.Word(0)))) return;
        int last = end;
        while (last > colon + 1 && (v.Is(last - 1, '.') || v.Is(last - 1, '!'))) last--;
        var content = new TextSpan(v.Span(colon + 1).Start, v.Span(last - 1).End);
        drafts.Add(new QuoteDraft
        {
            Kind = QuoteKind.Indirect,
            Span = span.Union(content),
            Content = content,
            Speaker = named is null ? new Speaker(null, name, null, span) : new Speaker(named.Id, named.Name, null, span),
            SpeakerTokens = label,
            CueToken = colon,
            Cue = ":",
        });
    }
}
