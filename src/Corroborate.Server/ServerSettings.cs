using System.Net;
using System.Security.Cryptography;
using System.Text;
using Corroborate.Queue;
using Microsoft.Extensions.Configuration;

namespace Corroborate.Server;

/// <summary>The server's settings, from configuration (command line <c>--Corroborate:Data=DIR</c>, environment, files).</summary>
public sealed record ServerSettings
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Largest request body accepted (an article, a feed, a batch of JSON Lines).</summary>
    public const long MaxRequestBytes = 32L * 1024 * 1024;

    public string DataFolder { get; init; } = "corroborate-data";

    /// <summary>
    /// A PostgreSQL connection string (Corroborate:Postgres, or CORROBORATE_POSTGRES): the store is that database,
    /// shared with every other server and CLI pointed at it. Unset: the SQLite store in <see cref="DataFolder"/>.
    /// </summary>
    public string? Postgres { get; init; }

    /// <summary>Required on write requests (header X-Api-Key) when set; must be set to listen beyond loopback.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Let feed/page URLs posted for ingest reach loopback and private addresses.</summary>
    public bool AllowPrivateUrls { get; init; }

    /// <summary>
    /// How long a story must go without a new member before its brief is recomposed in the background
    /// (Corroborate:ComposeQuietMs). Reading a story that is behind composes it at once regardless.
    /// </summary>
    public TimeSpan ComposeQuiet { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// The message broker (Corroborate:Broker or CORROBORATE_BROKER, amqp://user:pass@host:5672/vhost): when set,
    /// POST /api/documents queues what it reads for a worker (202 Accepted) instead of storing it in-process.
    /// </summary>
    public string? Broker { get; init; }

    /// <summary>The ingest queue's name (Corroborate:BrokerQueue); the worker must use the same.</summary>
    public string BrokerQueue { get; init; } = BrokerOptions.DefaultQueue;

    public static ServerSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var key = configuration["Corroborate:ApiKey"] ?? Environment.GetEnvironmentVariable("CORROBORATE_API_KEY");
        var postgres = configuration["Corroborate:Postgres"] ?? Environment.GetEnvironmentVariable("CORROBORATE_POSTGRES");
        var broker = configuration["Corroborate:Broker"] ?? Environment.GetEnvironmentVariable("CORROBORATE_BROKER");
        return new ServerSettings
        {
            DataFolder = configuration["Corroborate:Data"] ?? "corroborate-data",
            ApiKey = string.IsNullOrWhiteSpace(key) ? null : key,
            Postgres = string.IsNullOrWhiteSpace(postgres) ? null : postgres,
            ComposeQuiet = int.TryParse(configuration["Corroborate:ComposeQuietMs"], out int ms) && ms >= 0
                ? TimeSpan.FromMilliseconds(ms) : TimeSpan.FromMilliseconds(500),
            AllowPrivateUrls = string.Equals(configuration["Corroborate:AllowPrivateUrls"], "true", StringComparison.OrdinalIgnoreCase),
            Broker = string.IsNullOrWhiteSpace(broker) ? null : broker,
            BrokerQueue = configuration["Corroborate:BrokerQueue"] is { Length: > 0 } queue ? queue : BrokerOptions.DefaultQueue,
        };
    }

    public bool KeyMatches(string? presented) =>
        ApiKey is null || presented is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(ApiKey));

    /// <summary>The first URL that listens beyond this machine (0.0.0.0, *, a LAN address), or null.</summary>
    public static string? FirstNonLoopback(IEnumerable<string> urls)
    {
        foreach (var url in urls)
        {
            var host = url.Split("://", 2) is [_, var rest] ? rest : url;
            host = host.Split('/')[0];
            host = host.StartsWith('[') ? host[..(host.IndexOf(']', StringComparison.Ordinal) + 1)] : host.Split(':')[0];
            if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) continue;
            if (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)) continue;
            return url;
        }

        return null;
    }
}
