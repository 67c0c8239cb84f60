using Corroborate.Evaluation.Summary;

namespace Corroborate.Evaluation.Tests;

public sealed class SummaryFloorTests
{
    [Fact]
    public void MultiNewsRouge_StaysAboveFloorsAndLead()
    {
        var path = SharedData.Find("mds", "multinews", "multinews_validation_sample250.jsonl");
        if (path is null) return;
        var report = SummaryEvaluation.Run(path, ct: TestContext.Current.CancellationToken);
        Assert.Empty(Floors.Breaches(report, "summary"));
    }

    [Fact]
    public void Rouge_IsOneForIdenticalTextAndZeroForDisjoint()
    {
        var a = Rouge.Tokens("The harbour stayed closed, officials said.");
        Assert.Equal(1.0, Rouge.N(a, a, 1), 6);
        Assert.Equal(1.0, Rouge.L(a, a), 6);
        Assert.Equal(0.0, Rouge.N(a, Rouge.Tokens("An orchestra played"), 2));
    }
}
