using System.Text.Json;

namespace Corroborate.Cli.Tests;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Json_OnSamples_FollowsContractShape()
    {
        var (exit, output, _) = CliRunner.Run("analyze", CliRunner.SamplesDir(), "--format", "json");
        Assert.Equal(ExitCodes.Ok, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("corroborate/1", root.GetProperty("schema").GetString());
        var docs = root.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(4, docs.Count);
        foreach (var doc in docs)
        {
            int length = doc.GetProperty("text").GetString()!.Length;
            foreach (var name in new[] { "id", "source", "outlet", "title", "published", "language", "removed", "sentences", "entities", "dates", "quotes", "quantities", "diagnostics" })
            {
                Assert.True(doc.TryGetProperty(name, out _), $"document lacks '{name}'");
            }

            foreach (var s in doc.GetProperty("sentences").EnumerateArray())
            {
                Assert.InRange(s.GetProperty("start").GetInt32(), 0, s.GetProperty("end").GetInt32());
                Assert.InRange(s.GetProperty("end").GetInt32(), 0, length);
            }
        }
    }

    [Fact]
    public void Json_EveryStoryLineCitesEvidence()
    {
        var (_, output, _) = CliRunner.Run("analyze", CliRunner.SamplesDir(), "--format", "json");
        using var json = JsonDocument.Parse(output);
        foreach (var story in json.RootElement.GetProperty("stories").EnumerateArray())
        {
            foreach (var section in new[] { "summary", "timeline", "disagreements" })
            {
                foreach (var line in story.GetProperty(section).EnumerateArray())
                {
                    Assert.NotEmpty(line.GetProperty("evidence").EnumerateArray());
                }
            }
        }
    }

    [Fact]
    public void Json_EveryStoryExplainsEachMembersAssignment()
    {
        var (_, output, _) = CliRunner.Run("analyze", CliRunner.SamplesDir(), "--format", "json");
        using var json = JsonDocument.Parse(output);
        foreach (var story in json.RootElement.GetProperty("stories").EnumerateArray())
        {
            Assert.StartsWith("t", story.GetProperty("topic").GetString(), StringComparison.Ordinal);
            var members = story.GetProperty("documents").EnumerateArray().Select(d => d.GetString()).Order().ToList();
            var assignments = story.GetProperty("assignments").EnumerateArray().ToList();
            Assert.Equal(members, assignments.Select(a => a.GetProperty("document").GetString()).Order().ToList());
            // The first arrival starts the story; every later member joined at or above the threshold it names.
            Assert.True(assignments[0].GetProperty("started").GetBoolean());
            foreach (var a in assignments.Skip(1))
            {
                Assert.False(a.GetProperty("started").GetBoolean());
                Assert.True(a.GetProperty("score").GetDouble() >= a.GetProperty("threshold").GetDouble() - 1e-3);
                Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("reason").GetString()));
            }
        }
    }

    [Fact]
    public void Text_ListsWhyEachReportIsInItsStory()
    {
        var (_, output, _) = CliRunner.Run("analyze", CliRunner.SamplesDir());
        int why = output.IndexOf("WHY THESE REPORTS", StringComparison.Ordinal);
        Assert.True(why > 0, output);
        Assert.Contains("[started] no story shares a top term or name", output[why..], StringComparison.Ordinal);
        Assert.Matches(@"joined: score \d\.\d\d ≥ 0\.20 \(content \d\.\d\d, names \d\.\d\d", output[why..]);
    }

    [Fact]
    public void Text_AQuoteWrittenOverTwoLines_IsOneLineOfTheBrief()
    {
        var file = Path.Combine(CliRunner.TempDir(), "two-lines.txt");
        File.WriteAllText(file, "The families spoke after the verdict.\n\"I believe the killer did not win.\nHe said himself he could not stay in jail,\" said Tina Gray, a victim's daughter.\n");
        var (_, output, _) = CliRunner.Run("analyze", file);
        Assert.Contains("“I believe the killer did not win. He said himself he could not stay in jail” — Tina Gray", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_WritesOneDocumentPerLine()
    {
        var (exit, output, _) = CliRunner.Run("analyze", CliRunner.SamplesDir(), "--format", "jsonl");
        Assert.Equal(ExitCodes.Ok, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 4);
        foreach (var line in lines) JsonDocument.Parse(line).Dispose();
    }

    [Fact]
    public void Out_WritesToFileNotStdout()
    {
        var file = Path.Combine(CliRunner.TempDir(), "brief.md");
        var (exit, output, _) = CliRunner.Run("analyze", CliRunner.SamplesDir(), "--format", "markdown", "--out", file);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", output);
        Assert.Contains("###", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFormat_IsUsageError()
    {
        var (exit, _, err) = CliRunner.Run("analyze", CliRunner.SamplesDir(), "--format", "xml");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("xml", err, StringComparison.Ordinal);
    }

    [Fact]
    public void BadPublishedDate_IsUsageError()
    {
        var (exit, _, err) = CliRunner.Run("analyze", CliRunner.SamplesDir(), "--published", "March 3");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--published", err, StringComparison.Ordinal);
    }

    [Fact]
    public void CleanNone_KeepsTextByteForByte()
    {
        var dir = CliRunner.TempDir();
        var text = "Photo by Jane Roe/Getty Images\nThe council met on Monday.\n\n© 2024 Example News. All rights reserved.\n";
        File.WriteAllText(Path.Combine(dir, "a.txt"), text);
        var (_, output, _) = CliRunner.Run("analyze", dir, "--format", "json", "--clean", "none");
        using var json = JsonDocument.Parse(output);
        Assert.Equal(text, json.RootElement.GetProperty("documents")[0].GetProperty("text").GetString());
    }
}

public sealed class AnalyzeRejectionTests
{
    [Fact]
    public void RejectedInput_ExitsOne_ReportsCode_AndKeepsTheRest()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "a.txt"), "The council approved the budget on Monday.");
        File.WriteAllBytes(Path.Combine(dir, "b.bin"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]);
        File.WriteAllText(Path.Combine(dir, "c.txt"), "   ");
        var (exit, output, err) = CliRunner.Run("analyze", dir, "--format", "json");
        Assert.Equal(ExitCodes.SomeRejected, exit);
        Assert.Contains("CB1002", err, StringComparison.Ordinal);
        Assert.Contains("CB1001", err, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var docs = json.RootElement.GetProperty("documents");
        Assert.Equal(3, docs.GetArrayLength());
        Assert.Contains("council", docs[0].GetProperty("text").GetString()!, StringComparison.Ordinal);
    }
}
