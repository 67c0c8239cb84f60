using Corroborate.Analysis.Ingest.Web.Feeds;
using Corroborate.Analysis.Ingest.Web.Warc;

namespace Corroborate.Analysis.Ingest.Web;

/// <summary>The web format readers, most specific first, for the CLI's input dispatch (first CanRead wins).</summary>
public static class WebReaders
{
    public static IReadOnlyList<IFormatReader> All { get; } = Create(WebInputLimits.Default);

    public static IReadOnlyList<IFormatReader> Create(WebInputLimits limits) =>
        [new WarcReader(limits), new FeedReader(limits), new JsonLinesReader(limits), new HtmlReader(limits)];
}
