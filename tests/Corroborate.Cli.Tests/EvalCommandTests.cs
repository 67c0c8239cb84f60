namespace Corroborate.Cli.Tests;

public sealed class EvalCommandTests
{
    [Fact]
    public void MissingData_IsUsageErrorNamingTheOption()
    {
        var (exit, _, err) = CliRunner.Run("eval", "ner", "--conll", Path.Combine(CliRunner.TempDir(), "absent.txt"));
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--conll", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Ner_OnSmallHandWrittenFile_PrintsMetricsBesidePeers()
    {
        var file = Path.Combine(CliRunner.TempDir(), "tiny.conll");
        File.WriteAllText(file, "-DOCSTART- -X- -X- O\n\nAnna NNP B-NP B-PER\nBerg NNP I-NP I-PER\nvisited VBD B-VP O\nOslo NNP B-NP B-LOC\n. . O O\n");
        var (exit, output, _) = CliRunner.Run("eval", "ner", "--conll", file);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("Stanford CRF", output, StringComparison.Ordinal);
        Assert.Contains("2 gold entities", output, StringComparison.Ordinal);
    }
}
