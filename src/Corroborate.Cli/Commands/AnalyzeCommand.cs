using System.CommandLine;
using Corroborate.Analysis;
using Corroborate.Analysis.Ingest;
using Corroborate.Cli.Rendering;
using Corroborate.Model;
using Corroborate.Stories;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate analyze PATH...</c>: the main job, a cited brief of the stories across the inputs.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders of articles (folders are read recursively); '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (a brief to read), markdown, html, json (the v1 contract) or jsonl.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "html", "json", "jsonl");
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output." };
        var clean = new Option<string>("--clean")
        {
            Description = "auto: strip captions, credits and other boilerplate; none: keep the text byte-for-byte.",
            DefaultValueFactory = _ => "auto",
        };
        clean.AcceptOnlyFromAmong("auto", "none");
        var published = new Option<string?>("--published")
        {
            Description = "Publication date (YYYY-MM-DD) for articles that do not state one; relative dates are anchored on it.",
        };
        published.Validators.Add(r =>
        {
            var v = r.GetValueOrDefault<string?>();
            if (v is not null && !(DateValue.TryParse(v, out var d) && d.IsDay))
            {
                r.AddError($"--published must be a date like 2022-03-03, not '{v}'.");
            }
        });
        var summaryWords = new Option<int>("--summary-words")
        {
            Description = "Maximum length of each story's summary, in words.",
            DefaultValueFactory = _ => 120,
        };
        summaryWords.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 10) r.AddError("--summary-words must be at least 10.");
        });

        var command = new Command("analyze", "Analyse articles and write a brief of the stories they report, with every line citing its evidence.")
        {
            paths, format, output, clean, published, summaryWords,
        };
        command.SetAction(parse =>
        {
            DateValue? anchor = parse.GetValue(published) is { } p && DateValue.TryParse(p, out var d) ? d : null;
            var options = new AnalyzeOptions
            {
                Clean = parse.GetValue(clean) == "none" ? CleanMode.None : CleanMode.Auto,
                Published = anchor,
                Stories = new StoryOptions { SummaryWords = parse.GetValue(summaryWords) },
            };
            return Run(parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(output), options, stdout, stderr);
        });
        return command;
    }

    private static int Run(string[] paths, string format, string? outFile, AnalyzeOptions options, TextWriter stdout, TextWriter stderr)
    {
        var engine = new Corroborator(options);
        var inputs = InputCollector.Read(paths, InputCollector.DefaultReaders, Console.OpenStandardInput).ToList();
        using var progress = new ConsoleProgress(stderr, inputs.Count);
        var result = engine.Analyze(inputs, progress);
        progress.Done();

        using (var sink = OutputSink.Open(outFile, stdout))
        {
            ResultWriter.Write(sink, format, result);
        }

        foreach (var doc in result.Documents.Where(d => d.IsRejected))
        {
            var first = doc.Diagnostics.First(x => x.Severity == Diagnostics.Severity.Error);
            stderr.WriteLine($"corroborate: {doc.Source}: {first.Code} {first.Message}");
        }

        return result.Documents.Any(d => d.IsRejected) ? ExitCodes.SomeRejected : ExitCodes.Ok;
    }
}
