using Corroborate.Evaluation.Extraction;

namespace Corroborate.Evaluation.Tests;

public sealed class ExtractionFloorTests
{
    [Fact]
    public void TrafilaturaEvaluation_MeetsPinnedFloors()
    {
        var dir = SharedData.Find("extraction", "trafilatura_eval");
        if (dir is null) return;   // data absent: nothing to check here
        var report = TrafilaturaEvaluation.Run(new ExtractionEvalOptions { Directory = dir });
        Assert.Empty(Floors.Breaches(report, "extraction"));
    }
}
