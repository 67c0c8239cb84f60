using Corroborate.Evaluation.Quotes;

namespace Corroborate.Evaluation.Tests;

/// <summary>How our quotes are written as PolNeAR spans (its conventions, not ours).</summary>
public sealed class PolnearConventionTests
{
    [Fact]
    public void ATranscriptTurnsColon_IsItsCue()
    {
        const string text = "Ann Vale spoke to Tom Reed on Sunday.\n\nREED: Will the depot close?\n\nVALE: Not this year.\n\nREED: And next year?\n\nVALE: We will see.";
        var doc = new QuoteRunner().Run("t1", text);
        var cues = PolnearEvaluator.Predicted(doc).Where(l => l.Kind == "cue").Select(l => text[l.Span.Start..l.Span.End]).ToList();
        Assert.Equal([":", ":", ":", ":"], cues);
    }
}
