using Corroborate.Model;
using Corroborate.Pipeline;

namespace Corroborate.Analysis.Segmentation;

/// <summary>Tokens and sentences over the cleaned text.</summary>
public sealed class SegmentationStage : IAnnotator
{
    public StageInfo Info { get; } = new("segmentation", 6, [Layers.CleanText], [Layers.Tokens, Layers.Sentences]);

    public Document Annotate(Document document, CancellationToken cancellationToken)
    {
        var tokens = Tokenizer.Tokenize(document.Text, new Text.TextSpan(0, document.Text.Length));
        var sentences = SentenceSplitter.Split(document.Text, tokens);
        return document with { Tokens = tokens, Sentences = sentences };
    }
}
