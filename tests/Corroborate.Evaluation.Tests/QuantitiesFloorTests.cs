using Corroborate.Evaluation.Quantities;

namespace Corroborate.Evaluation.Tests;

public sealed class QuantitiesFloorTests
{
    [Fact]
    public void NewsQuant_StaysAboveFloors()
    {
        var path = SharedData.Find("numeric", "newsquant", "newsquant_dev.json");
        if (path is null) return; // the shared evaluation data is absent (fresh clone): nothing to measure
        var report = NewsQuantEvaluation.Run(path);
        Assert.Empty(Floors.Breaches(report, "quantities"));
    }
}
