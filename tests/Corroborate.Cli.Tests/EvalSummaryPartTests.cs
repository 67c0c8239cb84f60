using System.Text.Json;

namespace Corroborate.Cli.Tests;

public sealed class EvalSummaryPartTests
{
    /// <summary>Two hand-written clusters in Multi-News's JSON Lines shape.</summary>
    private static string TwoClusters()
    {
        var file = Path.Combine(CliRunner.TempDir(), "two.jsonl");
        string Line(string id, string doc, string summary) =>
            JsonSerializer.Serialize(new { id, documents = new[] { doc }, summary });
        File.WriteAllLines(file,
        [
            Line("c1", "The Veltra ferry resumed its crossings on Monday after a week of storms kept every boat in the harbour.", "Veltra's ferry is sailing again after a week of storms."),
            Line("c2", "Ostria's council voted on Tuesday to close the old bridge over the river for repairs lasting a year.", "Ostria is closing its old bridge for a year of repairs."),
        ]);
        return file;
    }

    [Fact]
    public void Summary_WithEveryAndOffset_MeasuresOnlyThatPart()
    {
        var (exit, output, _) = CliRunner.Run("eval", "summary", "--multinews", TwoClusters(), "--every", "2", "--offset", "1");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("1 clusters (every 2nd from 1)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_WithoutPartOptions_MeasuresEveryCluster()
    {
        var (exit, output, _) = CliRunner.Run("eval", "summary", "--multinews", TwoClusters());
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("2 clusters (all)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_WithOffsetNotBelowEvery_IsUsageError()
    {
        var (exit, _, err) = CliRunner.Run("eval", "summary", "--multinews", TwoClusters(), "--every", "2", "--offset", "2");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--offset", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_WithEveryZero_IsUsageError()
    {
        var (exit, _, err) = CliRunner.Run("eval", "summary", "--multinews", TwoClusters(), "--every", "0");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--every", err, StringComparison.Ordinal);
    }
}
