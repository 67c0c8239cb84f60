using Corroborate.Analysis.Ingest.Web.Feeds;
using Corroborate.Analysis.Ingest.Web.Warc;

namespace Corroborate.Analysis.Ingest.Web;

/// <summary>The web format readers, most specific first, for the CLI's input dispatch (first CanRead wins).</summary>
public static class WebReaders
{
    public static IReadOnlyList<IFormatReader> All { get; } = Create(WebInputLimits.Default);

    /// <summary>The readers for these limits; a package's members are read by the same readers, less packages.</summary>
    public static IReadOnlyList<IFormatReader> Create(WebInputLimits limits)
    {
        IFormatReader[] files = [new WarcReader(limits), new FeedReader(limits), new JsonLinesReader(limits), new HtmlReader(limits)];
        return [new PackageReader(limits, files), .. files];
    }
}
