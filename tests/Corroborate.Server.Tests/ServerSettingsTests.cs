using Corroborate.Storage;
using Microsoft.Extensions.Configuration;

namespace Corroborate.Server.Tests;

public sealed class ServerSettingsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", null)]
    [InlineData("http://localhost:5080", null)]
    [InlineData("http://[::1]:5080", null)]
    [InlineData("http://0.0.0.0:5080", "http://0.0.0.0:5080")]
    [InlineData("http://*:5080", "http://*:5080")]
    [InlineData("http://192.168.1.20:80", "http://192.168.1.20:80")]
    public void FirstNonLoopback_FindsAddressesBeyondThisMachine(string url, string? expected) =>
        Assert.Equal(expected, ServerSettings.FirstNonLoopback([url]));

    [Fact]
    public void Build_Refuses_ToListenBeyondLoopbackWithoutAKey()
    {
        var folder = ServerFixture.NewFolder();
        var ex = Assert.Throws<UnsafeListenException>(() => ServerApp.Build(["--urls", "http://0.0.0.0:5080", "--Corroborate:Data=" + folder]));
        Assert.Contains("API key", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FailsWithStoreUnavailable_WhenTheConfiguredPostgresIsUnreachable()
    {
        // Corroborate:Postgres takes the place of the data folder; nothing listens on loopback port 1.
        var ex = Assert.Throws<StoreUnavailableException>(() =>
            ServerApp.Build(["--urls", "http://127.0.0.1:0", "--Corroborate:Postgres=Host=127.0.0.1;Port=1;Password=hunter2-secret;Timeout=3"]));
        Assert.Contains("postgresql://127.0.0.1:1/", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyMatches_OnlyTheConfiguredKey()
    {
        var s = new ServerSettings { ApiKey = "abc" };
        Assert.True(s.KeyMatches("abc"));
        Assert.False(s.KeyMatches("abd"));
        Assert.False(s.KeyMatches(null));
        Assert.True(new ServerSettings().KeyMatches(null));
    }

    [Fact]
    public void From_ReadsTheBrokerAndItsQueue_WhenConfigured()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Corroborate:Broker"] = "amqp://u:p@mq:5672/news",
            ["Corroborate:BrokerQueue"] = "news.ingest",
        }).Build();

        var s = ServerSettings.From(configuration);

        Assert.Equal("amqp://u:p@mq:5672/news", s.Broker);
        Assert.Equal("news.ingest", s.BrokerQueue);
    }

    [Fact]
    public void From_LeavesTheBrokerUnset_WhenNotConfigured()
    {
        if (Environment.GetEnvironmentVariable("CORROBORATE_BROKER") is not null) Assert.Skip("CORROBORATE_BROKER is set in this environment.");

        var s = ServerSettings.From(new ConfigurationBuilder().Build());

        Assert.Null(s.Broker);
        Assert.Equal("corroborate.ingest", s.BrokerQueue);
    }
}
