namespace Corroborate.Evaluation.Tests;

public sealed class EvalReportTests
{
    [Fact]
    public void ToString_PrintsMetricBesidePeerFigure()
    {
        var report = new EvalReport("NER", "valid", [new EvalRow("F1", 0.9123, "Stanford CRF", 0.869)], []);
        var text = report.ToString();
        Assert.Contains("0.9123", text, StringComparison.Ordinal);
        Assert.Contains("Stanford CRF: 0.869", text, StringComparison.Ordinal);
    }
}
