namespace Corroborate.Cli.Tests;

public sealed class WorkerCommandTests
{
    [Fact]
    public void Worker_ExitsWithTheBrokerCode_WhenTheBrokerCannotBeReached()
    {
        var data = CliRunner.TempDir();

        var (exit, _, err) = CliRunner.Run("worker", "--broker", "amqp://guest:secret@127.0.0.1:1/", "--data", data);

        Assert.Equal(ExitCodes.Unavailable, exit);
        Assert.Contains("CB5101 cannot reach the broker at amqp://guest:***@127.0.0.1:1/", err, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Worker_ExitsWithTheBrokerCode_WhenTheUrlIsNotABrokerUrl()
    {
        var (exit, _, err) = CliRunner.Run("worker", "--broker", "http://127.0.0.1/", "--data", CliRunner.TempDir());

        Assert.Equal(ExitCodes.Unavailable, exit);
        Assert.Contains("CB5101", err, StringComparison.Ordinal);
        Assert.Contains("amqp://", err, StringComparison.Ordinal);
    }
}
