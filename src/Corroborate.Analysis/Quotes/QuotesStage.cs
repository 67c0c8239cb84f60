using System.Collections.Immutable;
using Corroborate.Model;
using Corroborate.Pipeline;
using Corroborate.Text;

namespace Corroborate.Analysis.Quotes;

/// <summary>
/// Direct, partial and reported quotes with their speakers, cue, channel and relaying source. One pass pairs
/// quote marks; a token scan around each quote finds its cue and speaker; a second token scan finds reported
/// speech without marks ("X said (that) …", "according to X, …"). Linear in the document: no regex.
/// </summary>
public sealed class QuotesStage : IAnnotator
{
    public StageInfo Info { get; } = new("quotes", 10, [Layers.Tokens, Layers.Sentences, Layers.Entities], [Layers.Quotes]);

    public Document Annotate(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var segments = QuoteMarks.Find(document.Text);
        var view = new TokenView(document, segments);
        var finder = new AttributionFinder(document, view, segments);
        var drafts = finder.Direct();
        cancellationToken.ThrowIfCancellationRequested();
        drafts.AddRange(finder.Reported(drafts));
        RelayedSources.Apply(view, drafts);
        FloatingSpeakers.Apply(document.Text, drafts);
        TranscriptTurns.Apply(document, view, drafts);
        HeadlineLabel.Apply(document, view, drafts);

        var ordered = drafts.Where(d => !d.Dropped).OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End).ToList();
        var quotes = ImmutableArray.CreateBuilder<Quote>(ordered.Count);
        foreach (var d in ordered)
        {
            quotes.Add(new Quote
            {
                Id = "q" + (quotes.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Kind = d.Kind,
                Span = d.Span,
                Content = d.Content,
                Speaker = d.Speaker,
                Cue = d.Cue,
                Channel = d.Channel,
                Via = d.Via,
            });
        }

        return document with { Quotes = quotes.ToImmutable() };
    }
}

/// <summary>A quote being built; mutable only inside the stage.</summary>
internal sealed class QuoteDraft
{
    public required QuoteKind Kind { get; init; }
    public required TextSpan Span { get; set; }
    public required TextSpan Content { get; set; }
    public Speaker? Speaker { get; set; }
    public TokenRange SpeakerTokens { get; init; }
    public int CueToken { get; init; } = -1;
    public string? Cue { get; init; }
    public string? Channel { get; set; }
    public string? Via { get; set; }
    public bool Dropped { get; set; }
}
