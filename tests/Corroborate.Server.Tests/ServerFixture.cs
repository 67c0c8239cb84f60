using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Corroborate.Server.Tests;

/// <summary>An in-memory server (WebApplicationFactory) over a fresh data folder; production settings.</summary>
internal sealed class ServerFixture : WebApplicationFactory<Program>
{
    private readonly string? _apiKey;

    public ServerFixture(string? apiKey = null, string? folder = null)
    {
        _apiKey = apiKey;
        Folder = folder ?? NewFolder();
    }

    public string Folder { get; }

    public static string NewFolder() => Path.Combine(Path.GetTempPath(), "corroborate-server-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Corroborate:Data", Folder);
        if (_apiKey is not null) builder.UseSetting("Corroborate:ApiKey", _apiKey);
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
