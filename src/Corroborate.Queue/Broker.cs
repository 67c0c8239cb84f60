using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Corroborate.Queue;

/// <summary>Connecting to the broker and declaring the queues, the same way for the publisher and the worker.</summary>
internal static class Broker
{
    public static async Task<IConnection> ConnectAsync(BrokerOptions options, string name, bool recover, CancellationToken ct)
    {
        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
        {
            throw new BrokerUnavailableException($"'{Redact(options.Url)}' is not a broker URL; expected amqp://user:pass@host:5672/vhost.");
        }

        var factory = new ConnectionFactory
        {
            Uri = uri,
            ClientProvidedName = name,
            AutomaticRecoveryEnabled = recover,
            TopologyRecoveryEnabled = recover,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(10),
        };
        try
        {
            return await factory.CreateConnectionAsync(ct).ConfigureAwait(false);
        }
        catch (BrokerUnreachableException ex)
        {
            throw new BrokerUnavailableException($"cannot reach the broker at {Redact(options.Url)}: {Innermost(ex).Message}", ex);
        }
    }

    /// <summary>
    /// Declares the dead-letter queue and the ingest queue that dead-letters into it (through the default exchange,
    /// so no exchange of our own has to exist). Durable both: messages survive a broker restart.
    /// </summary>
    public static async Task DeclareAsync(IChannel channel, BrokerOptions options, CancellationToken ct)
    {
        var arguments = new Dictionary<string, object?>
        {
            ["x-dead-letter-exchange"] = "",
            ["x-dead-letter-routing-key"] = options.DeadLetterQueue,
        };
        try
        {
            await channel.QueueDeclareAsync(options.DeadLetterQueue, durable: true, exclusive: false, autoDelete: false, cancellationToken: ct).ConfigureAwait(false);
            await channel.QueueDeclareAsync(options.Queue, durable: true, exclusive: false, autoDelete: false, arguments, cancellationToken: ct).ConfigureAwait(false);
        }
        catch (OperationInterruptedException ex) when (ex is not AlreadyClosedException && ex.ShutdownReason?.ReplyCode is Constants.AccessRefused or Constants.PreconditionFailed)
        {
            // Not transient (a queue of that name declared otherwise, or no permission): retrying would not help.
            throw new BrokerUnavailableException($"cannot declare the queue {options.Queue} on {Redact(options.Url)}: {ex.Message}", ex);
        }
    }

    /// <summary>The URL without its password, for messages and logs.</summary>
    public static string Redact(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':', StringComparison.Ordinal)
            ? url.Replace(uri.UserInfo, uri.UserInfo.Split(':')[0] + ":***", StringComparison.Ordinal)
            : url;

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null) ex = ex.InnerException;
        return ex;
    }
}
