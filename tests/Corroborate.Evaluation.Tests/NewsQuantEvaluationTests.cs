using Corroborate.Evaluation.Quantities;

namespace Corroborate.Evaluation.Tests;

/// <summary>The NewsQuant scorer on sentences and gold written for these tests: CQE's value and unit equality.</summary>
public sealed class NewsQuantEvaluationTests
{
    private static EvalReport Score(string json)
    {
        string path = Path.Combine(Path.GetTempPath(), $"newsquant-test-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            return NewsQuantEvaluation.Run(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RangeAndCount_MatchValueAndUnit_WhenBothAgree()
    {
        var report = Score("""
            [{"text": "Prices rose between 5% and 6% as 3 firms left.",
              "quantities": [{"value": "5-6", "unit": "%", "normalized_unit": "percentage", "change": "up"},
                             {"value": "3", "unit": "firms", "normalized_unit": "firm", "change": "="}]}]
            """);
        Assert.Equal(1.0, report["value.f1"]);
        Assert.Equal(1.0, report["value+unit.f1"]);
    }

    [Fact]
    public void GoldRange_IsNotMatchedBySingleValues()
    {
        // Gold holds the range 5-7; the sentence yields the single values 5 and 7, and neither matches a range.
        var report = Score("""
            [{"text": "The club sold 5 shirts and 7 scarves.",
              "quantities": [{"value": "5-7", "unit": "-", "normalized_unit": "-", "change": "="}]}]
            """);
        Assert.Equal(0.0, report["value.f1"]);
        Assert.NotEmpty(report.Details);
    }

    [Fact]
    public void WrongUnit_CountsForValueOnly()
    {
        var report = Score("""
            [{"text": "The tower is 300 metres tall.",
              "quantities": [{"value": "300", "unit": "feet", "normalized_unit": "foot", "change": "="}]}]
            """);
        Assert.Equal(1.0, report["value.f1"]);
        Assert.Equal(0.0, report["value+unit.f1"]);
    }
}
