using Corroborate.Evaluation.Quotes;

namespace Corroborate.Evaluation.Tests;

/// <summary>Quote extraction must not fall below the floors pinned in eval-floors/quotes.txt.</summary>
public sealed class QuotesFloorTests
{
    [Fact]
    public void GgtDev_MeetsFloors_WhenDataPresent()
    {
        var file = SharedData.Find("quotes", "ggt", "ggt_dev.jsonl");
        if (file is null) return; // evaluation data absent: nothing to check
        var floors = Floors.Load("quotes");
        var report = GgtEvaluator.Evaluate(file);
        foreach (var metric in new[] { "f1@30", "f1@80", "speaker@30" })
        {
            Assert.True(report[metric] >= floors["ggt." + metric], $"GGT {metric} {report[metric]:0.000} < floor {floors["ggt." + metric]}\n{report}");
        }
    }

    [Fact]
    public void PolnearDev_MeetsFloors_WhenDataPresent()
    {
        var dir = SharedData.Find("quotes", "polnear");
        if (dir is null) return;
        var floors = Floors.Load("quotes");
        var report = PolnearEvaluator.Evaluate(dir);
        foreach (var metric in new[] { "source.f1", "cue.f1", "content.f1" })
        {
            Assert.True(report[metric] >= floors["polnear." + metric], $"PolNeAR {metric} {report[metric]:0.000} < floor {floors["polnear." + metric]}\n{report}");
        }
    }
}
