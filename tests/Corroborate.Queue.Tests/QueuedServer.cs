using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Corroborate.Queue.Tests;

/// <summary>The in-memory server with a broker (serve --broker) over the test's queue and data folder.</summary>
internal sealed class QueuedServer(TestBroker broker) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Corroborate:Data", broker.Folder);
        builder.UseSetting("Corroborate:Broker", broker.Options.Url);
        builder.UseSetting("Corroborate:BrokerQueue", broker.Options.Queue);
    }

    /// <summary>The repository's invented sample articles (samples/ at the root).</summary>
    public static string[] SampleFiles()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples"))) dir = dir.Parent;
        if (dir is null) throw new DirectoryNotFoundException("samples/ not found");
        return [.. Directory.GetFiles(Path.Combine(dir.FullName, "samples")).Order(StringComparer.Ordinal)];
    }
}
