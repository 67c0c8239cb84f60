using Corroborate.Evaluation.Ner;

namespace Corroborate.Evaluation.Tests;

public sealed class NerFloorTests
{
    [Fact]
    public void ConllValid_StaysAboveFloor()
    {
        var path = SharedData.Find("ner", "conll2003", "eng.valid.txt");
        if (path is null) return; // the shared evaluation data is absent (fresh clone): nothing to measure
        var report = NerEvaluation.Run(path);
        Assert.Empty(Floors.Breaches(report, "ner"));
    }
}
