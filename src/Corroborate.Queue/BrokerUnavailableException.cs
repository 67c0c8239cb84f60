using Corroborate.Diagnostics;

namespace Corroborate.Queue;

/// <summary>The broker could not be reached or refused us; the message says which and what to check.</summary>
public sealed class BrokerUnavailableException(string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code => Codes.BrokerUnreachable;
}
