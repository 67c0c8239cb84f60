using System.CommandLine;
using Corroborate.Evaluation;
using Corroborate.Evaluation.Clusters;
using Corroborate.Evaluation.Dates;
using Corroborate.Evaluation.Extraction;
using Corroborate.Evaluation.Ner;
using Corroborate.Evaluation.Quantities;
using Corroborate.Evaluation.Quotes;
using Corroborate.Evaluation.Summary;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate eval TASK</c>: measures a stage against gold data and prints it beside published peers.</summary>
internal static class EvalCommand
{
    /// <summary>One data set a task can be measured on: its option, the default path under ../shared/data, the evaluator.</summary>
    /// <remarks>A set whose evaluator takes more than the path lists those options in <see cref="Extra"/> and reads them from the parse.</remarks>
    internal sealed record DataSet(string Option, string Help, string[] DefaultPath, Func<string, ParseResult, EvalReport> Evaluate, Option[] Extra)
    {
        public DataSet(string option, string help, string[] defaultPath, Func<string, EvalReport> evaluate)
            : this(option, help, defaultPath, (p, _) => evaluate(p), []) { }
    }

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("eval", "Measure quality against gold-labelled data (../shared/data by default) and print it beside published peer figures.");
        void Add(string name, string description, params DataSet[] sets) => command.Subcommands.Add(Task(name, description, sets, stdout, stderr));

        Add("ner", "Entity recognition on CoNLL-2003 (conlleval semantics).",
            new DataSet("--conll", "A CoNLL-2003 file.", ["ner", "conll2003", "eng.valid.txt"], p => NerEvaluation.Run(p)));
        Add("quotes", "Quotes and speakers: Gender Gap Tracker scoring (30%/80% overlap, speaker accuracy), or PolNeAR span F1.",
            new DataSet("--ggt", "A GGT JSON Lines file.", ["quotes", "ggt", "ggt_dev.jsonl"], p => GgtEvaluator.Evaluate(p)),
            new DataSet("--polnear", "The PolNeAR folder.", ["quotes", "polnear"], p => PolnearEvaluator.Evaluate(p)));
        Add("dates", "Date expressions on TimeBank 1.2 (DATE value accuracy, span F1; DCT as anchor).",
            new DataSet("--timeml", "A folder of TimeML .tml files.", ["dates", "timebank"], p => TimeBankEvaluation.Run(p)));
        Add("quantities", "Quantity extraction on NewsQuant (value and value+unit F1).",
            new DataSet("--newsquant", "A NewsQuant JSON file.", ["numeric", "newsquant", "newsquant_dev.json"], p => NewsQuantEvaluation.Run(p)));
        Add("extraction", "HTML main-content extraction on the trafilatura evaluation set (must/must-not snippets).",
            new DataSet("--trafilatura", "The folder with evaldata.json and the page archive.", ["extraction", "trafilatura_eval"],
                p => TrafilaturaEvaluation.Run(new ExtractionEvalOptions { Directory = p })));
        Add("clusters", "Story clustering, B-cubed against events and topics (ECB+, NewsWCL50 or AllSides JSON Lines).",
            new DataSet("--ecb", "An ECB+ JSON Lines file.", ["clustering", "ecbplus", "ecbplus_dev.jsonl"], p => ClusterEvaluation.Run("ECB+", p, ClusterEvaluation.ReadEcb(p))),
            new DataSet("--newswcl", "A NewsWCL50 JSON Lines file.", ["clustering", "newswcl50", "newswcl50_docs.jsonl"], p => ClusterEvaluation.Run("NewsWCL50", p, ClusterEvaluation.ReadNewsWcl(p))),
            new DataSet("--allsides", "AllSides stories as crawled for NeuS (JSON Lines).", ["mds", "neus", "allsides_crawled_headline_11_2021-10-19.jsonl"],
                p => ClusterEvaluation.RunAllSides(p)));
        // --every/--offset measure one part of the clusters: tune on one half (--every 2 --offset 0), confirm on the other.
        var every = new Option<int>("--every") { Description = "Measure every Kth cluster only (1: all).", DefaultValueFactory = _ => 1 };
        var offset = new Option<int>("--offset") { Description = "With --every K, start at cluster R (0 to K-1).", DefaultValueFactory = _ => 0 };
        every.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--every must be 1 or more.");
        });
        offset.Validators.Add(r =>
        {
            int k = r.Parent?.GetResult(every)?.GetValueOrDefault<int>() ?? 1, o = r.GetValueOrDefault<int>();
            if (o < 0 || o >= Math.Max(k, 1)) r.AddError($"--offset must be from 0 to {Math.Max(k, 1) - 1} (one less than --every).");
        });
        Add("summary", "Story summaries, ROUGE-1/2/L against Multi-News references, beside a lead baseline.",
            new DataSet("--multinews", "A Multi-News JSON Lines file.", ["mds", "multinews", "multinews_validation_sample250.jsonl"],
                (p, parse) => SummaryEvaluation.Run(p, every: parse.GetValue(every), offset: parse.GetValue(offset)), [every, offset]));
        return command;
    }

    /// <summary>A task: one option per data set; the first given is measured, else the first set's shared default.</summary>
    private static Command Task(string name, string description, DataSet[] sets, TextWriter stdout, TextWriter stderr)
    {
        var options = sets.Select(s => new Option<string?>(s.Option) { Description = $"{s.Help} Default: ../shared/data/{string.Join('/', s.DefaultPath)}." }).ToArray();
        var verbose = new Option<bool>("--verbose") { Description = "Also print each error the evaluator lists (missed, spurious, mismatched), after the figures." };
        var command = new Command(name, description);
        foreach (var o in options) command.Options.Add(o);
        foreach (var o in sets.SelectMany(s => s.Extra).Distinct()) command.Options.Add(o);
        command.Options.Add(verbose);
        command.SetAction(parse =>
        {
            int chosen = Array.FindIndex(options, o => parse.GetValue(o) is not null);
            var set = sets[Math.Max(chosen, 0)];
            var path = chosen >= 0 ? parse.GetValue(options[chosen]) : SharedData.Find(set.DefaultPath);
            if (path is null || !(File.Exists(path) || Directory.Exists(path)))
            {
                stderr.WriteLine($"corroborate eval {name}: no data at '{path ?? string.Join('/', set.DefaultPath)}'; pass {set.Option} PATH.");
                return ExitCodes.Usage;
            }

            EvalReport report;
            try
            {
                report = set.Evaluate(path, parse);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or System.Text.Json.JsonException or InvalidDataException)
            {
                // Wrong file, folder instead of file, or a file of another format: say so, no stack trace.
                stderr.WriteLine($"corroborate eval {name}: cannot read '{path}' as {set.Option[2..]} data: {ex.Message}");
                return ExitCodes.Usage;
            }

            var text = report.ToString();
            stdout.Write(text.EndsWith('\n') ? text : text + Environment.NewLine);
            if (parse.GetValue(verbose))
            {
                foreach (var line in report.Details) stdout.WriteLine(line);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
