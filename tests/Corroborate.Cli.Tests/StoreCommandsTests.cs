using System.Text.Json;

namespace Corroborate.Cli.Tests;

public sealed class StoreCommandsTests
{
    [Fact]
    public void Ingest_ThenStoriesAndSearch_WorkAgainstTheSameStore()
    {
        var data = CliRunner.TempDir();
        var first = CliRunner.Run("ingest", CliRunner.SamplesDir(), "--data", data);
        var again = CliRunner.Run("ingest", CliRunner.SamplesDir(), "--data", data);
        var stories = CliRunner.Run("stories", "--data", data, "--format", "json");
        var search = CliRunner.Run("search", "chemical", "plant", "--data", data);

        Assert.Equal(0, first.Exit);
        Assert.StartsWith("4 added, 0 already stored, 0 rejected", first.Out, StringComparison.Ordinal);
        Assert.StartsWith("0 added, 4 already stored", again.Out, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stories.Out);
        var story = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(4, story.GetProperty("documents").GetInt32());
        Assert.True(story.GetProperty("disagreements").GetInt32() > 0);
        Assert.Contains("[chemical] [plant]", search.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_ReportsMissingPaths_WithCodeAndExitOne()
    {
        var data = CliRunner.TempDir();
        var result = CliRunner.Run("ingest", Path.Combine(data, "no-such-file.txt"), "--data", data);

        Assert.Equal(1, result.Exit);
        Assert.Contains("CB1008", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stories")]
    [InlineData("search", "plant")]
    [InlineData("ingest", "-")]
    public void StoreCommands_SayInOneLineWhyThePostgresStoreIsUnavailable_AndExitThree(params string[] command)
    {
        // Nothing listens on loopback port 1: refused at once, whatever machine runs the tests.
        var result = CliRunner.Run([.. command, "--postgres", "Host=127.0.0.1;Port=1;Password=hunter2-secret;Timeout=3"]);

        Assert.Equal(3, result.Exit);
        Assert.StartsWith("corroborate: CB5007 cannot open the PostgreSQL store postgresql://127.0.0.1:1/", result.Err, StringComparison.Ordinal);
        Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("hunter2-secret", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Stories_OnAnEmptyStore_SaysSo()
    {
        var result = CliRunner.Run("stories", "--data", CliRunner.TempDir());
        Assert.Equal(0, result.Exit);
        Assert.Contains("0 stories", result.Out, StringComparison.Ordinal);
    }
}
