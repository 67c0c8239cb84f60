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
        var report = GgtEvaluator.Evaluate(file);
        Assert.Empty(Floors.Breaches(report, "quotes", "ggt."));
    }

    [Fact]
    public void PolnearDev_MeetsFloors_WhenDataPresent()
    {
        var dir = SharedData.Find("quotes", "polnear");
        if (dir is null) return;
        var report = PolnearEvaluator.Evaluate(dir);
        Assert.Empty(Floors.Breaches(report, "quotes", "polnear."));
    }
}
