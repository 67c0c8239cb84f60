namespace Corroborate.Storage;

/// <summary>
/// The store could not be opened (an unreachable server, a refused login, a malformed connection string). Hosts
/// print its message with <see cref="Diagnostics.Codes.StoreUnavailable"/>; it never carries a password.
/// </summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
