using Corroborate.Text;

namespace Corroborate.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}

/// <summary>Something a user should know about an input or a stage, with a stable code from <see cref="Codes"/>.</summary>
public sealed record Diagnostic(string Code, Severity Severity, string Message, TextSpan? Span = null)
{
    public static Diagnostic Info(string code, string message) => new(code, Severity.Info, message);
    public static Diagnostic Warning(string code, string message) => new(code, Severity.Warning, message);
    public static Diagnostic Error(string code, string message) => new(code, Severity.Error, message);
}

/// <summary>
/// Stable diagnostic codes. Never renumber: users and scripts match on them.
/// CB1xxx: input and decoding. CB2xxx: pipeline and stages. CB3xxx: web input (HTML, feeds, archives).
/// CB4xxx: stories. CB5xxx: storage and hosts (CB51xx: the message broker).
/// </summary>
public static class Codes
{
    public const string EmptyInput = "CB1001";
    public const string BinaryInput = "CB1002";
    public const string Latin1Fallback = "CB1003";
    public const string UnreadableInput = "CB1004";
    public const string InputTooLarge = "CB1005";
    public const string InvalidUtf16 = "CB1006";
    public const string NoTextAfterCleaning = "CB1007";
    public const string PathNotFound = "CB1008";

    public const string StageFailed = "CB2001";
    public const string StageSkipped = "CB2002";
    public const string PublishedDateUnknown = "CB2003";
    public const string TextTruncated = "CB2004";

    // CB5xxx: storage and hosts (the server's problem responses carry these too).
    public const string StoryCompositionFailed = "CB4001";

    public const string RequestTooLarge = "CB5001";
    public const string BadRequest = "CB5002";
    public const string ApiKeyRequired = "CB5003";
    public const string NotFound = "CB5004";
    public const string ServerError = "CB5005";
    public const string UnsafeListen = "CB5006";

    /// <summary>The store could not be opened: its server is unreachable, refused the login, or its connection string is malformed.</summary>
    public const string StoreUnavailable = "CB5007";

    // CB51xx: the message broker between the API and the store (serve --broker, worker).
    public const string BrokerUnreachable = "CB5101";
    public const string MalformedQueueMessage = "CB5102";
    public const string QueueUnavailable = "CB5103";

    // CB3xxx: web input (HTML, feeds, JSON Lines, WARC, fetching).
    public const string NoMainContent = "CB3001";
    public const string DecompressedTooLarge = "CB3002";
    public const string CharsetGuessed = "CB3003";
    public const string NestingTooDeep = "CB3004";
    public const string WebInputTruncated = "CB3005";
    public const string UnsupportedCharset = "CB3006";
    public const string MalformedFeed = "CB3007";
    public const string FeedItemSummaryOnly = "CB3008";
    public const string MalformedJsonLine = "CB3009";
    public const string MalformedWarcRecord = "CB3010";
    public const string FetchRefused = "CB3011";
    public const string FetchFailed = "CB3012";
    public const string CorruptCompressedInput = "CB3013";
}
