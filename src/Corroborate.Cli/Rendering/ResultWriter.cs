using System.Net;
using Corroborate.Storage.Contract;
using Corroborate.Stories;

namespace Corroborate.Cli.Rendering;

/// <summary>Writes a result in the format asked for: the JSON contract, or a brief for people.</summary>
internal static class ResultWriter
{
    public static void Write(OutputSink sink, string format, AnalysisResult result)
    {
        switch (format)
        {
            case "json":
                sink.WriteBytes(s => ContractJson.Write(s, result));
                sink.Writer.WriteLine();
                break;
            case "jsonl":
                sink.WriteBytes(s => ContractJson.WriteLines(s, result));
                break;
            case "markdown":
                WriteMarkdown(sink.Writer, BriefOutline.Build(result));
                break;
            case "html":
                WriteHtml(sink.Writer, BriefOutline.Build(result));
                break;
            default:
                WriteText(sink.Writer, BriefOutline.Build(result));
                break;
        }
    }

    private static string CiteList(OutlineItem item) => item.Cites.Count == 0 ? "" : $" [{string.Join(", ", item.Cites)}]";

    private static void WriteText(TextWriter w, IReadOnlyList<OutlineBlock> blocks)
    {
        if (blocks.Count == 0) w.WriteLine("No documents to report.");
        foreach (var block in blocks)
        {
            w.WriteLine(new string('=', Math.Min(78, Math.Max(20, block.Title.Length))));
            w.WriteLine(block.Title);
            w.WriteLine(block.Subtitle);
            foreach (var section in block.Sections)
            {
                w.WriteLine();
                w.WriteLine(section.Heading.ToUpperInvariant());
                foreach (var item in section.Items)
                {
                    string badge = item.Badge is null ? "" : $"[{item.Badge}] ";
                    w.WriteLine($"  • {badge}{item.Text}{CiteList(item)}");
                    foreach (var d in item.Details ?? []) w.WriteLine($"      - {d}");
                }
            }

            w.WriteLine();
        }
    }

    private static void WriteMarkdown(TextWriter w, IReadOnlyList<OutlineBlock> blocks)
    {
        if (blocks.Count == 0) w.WriteLine("_No documents to report._");
        foreach (var block in blocks)
        {
            w.WriteLine($"## {Md(block.Title)}");
            w.WriteLine();
            w.WriteLine($"_{Md(block.Subtitle)}_");
            foreach (var section in block.Sections)
            {
                w.WriteLine();
                w.WriteLine($"### {Md(section.Heading)}");
                w.WriteLine();
                foreach (var item in section.Items)
                {
                    string badge = item.Badge is null ? "" : $"**{Md(item.Badge)}** ";
                    w.WriteLine($"- {badge}{Md(item.Text)}{Md(CiteList(item))}");
                    foreach (var d in item.Details ?? []) w.WriteLine($"  - {Md(d)}");
                }
            }

            w.WriteLine();
        }
    }

    /// <summary>Article text is untrusted: escape what Markdown would interpret (HTML included).</summary>
    private static string Md(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|') sb.Append('\\');
            sb.Append(c);
        }

        return sb.ToString();
    }

    private static void WriteHtml(TextWriter w, IReadOnlyList<OutlineBlock> blocks)
    {
        static string H(string s) => WebUtility.HtmlEncode(s);
        w.WriteLine("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Corroborate brief</title>");
        w.WriteLine("<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}" +
                    ".badge{font-size:.8em;padding:0 .4em;border-radius:.3em;background:#eee;margin-right:.4em}" +
                    ".cite{color:#666;font-size:.85em}</style></head><body>");
        foreach (var block in blocks)
        {
            w.WriteLine($"<section><h2>{H(block.Title)}</h2><p><em>{H(block.Subtitle)}</em></p>");
            foreach (var section in block.Sections)
            {
                w.WriteLine($"<h3>{H(section.Heading)}</h3><ul>");
                foreach (var item in section.Items)
                {
                    string badge = item.Badge is null ? "" : $"<span class=\"badge\">{H(item.Badge)}</span>";
                    w.Write($"<li>{badge}{H(item.Text)} <span class=\"cite\">{H(CiteList(item))}</span>");
                    if (item.Details is { Count: > 0 } details)
                    {
                        w.Write("<ul>");
                        foreach (var d in details) w.Write($"<li>{H(d)}</li>");
                        w.Write("</ul>");
                    }

                    w.WriteLine("</li>");
                }

                w.WriteLine("</ul>");
            }

            w.WriteLine("</section>");
        }

        w.WriteLine("</body></html>");
    }
}
