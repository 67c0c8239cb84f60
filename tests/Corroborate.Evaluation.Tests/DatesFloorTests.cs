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
        Assert.Empty(Floors.Breaches(report, "dates"));
    }
}
