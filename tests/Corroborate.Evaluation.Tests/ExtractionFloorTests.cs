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
        foreach (var (metric, floor) in Floors.Load("extraction"))
        {
            Assert.True(report[metric] >= floor, $"{metric} {report[metric]:0.0000} fell below its floor {floor}\n{report}");
        }
    }
}
