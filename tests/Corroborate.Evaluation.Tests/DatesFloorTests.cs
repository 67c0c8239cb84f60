using Corroborate.Evaluation.Dates;

namespace Corroborate.Evaluation.Tests;

public sealed class DatesFloorTests
{
    [Fact]
    public void TimeBank_StaysAboveFloors()
    {
        var dir = SharedData.Find("dates", "timebank");
        if (dir is null) return; // the shared evaluation data is absent (fresh clone): nothing to measure
        var report = TimeBankEvaluation.Run(dir);
        foreach (var (metric, floor) in Floors.Load("dates"))
        {
            Assert.True(report[metric] >= floor, $"{metric} {report[metric]:0.000} fell below its floor {floor}\n{report}");
        }
    }
}
