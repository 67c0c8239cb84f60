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
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("eval", "Measure quality against gold-labelled data (../shared/data by default) and print it beside published peer figures.");
        command.Subcommands.Add(Task("ner", "Entity recognition on CoNLL-2003 (conlleval semantics).",
            "--conll", "A CoNLL-2003 file.", ["ner", "conll2003", "eng.valid.txt"], p => NerEvaluation.Run(p), stdout, stderr));
        command.Subcommands.Add(Task("quotes", "Quotes and speakers on Gender Gap Tracker articles (GGT scoring: 30%/80% overlap, speaker accuracy).",
            "--ggt", "A GGT JSON Lines file.", ["quotes", "ggt", "ggt_dev.jsonl"], p => GgtEvaluator.Evaluate(p), stdout, stderr));
        command.Subcommands.Add(Task("quotes-polnear", "Attribution spans on PolNeAR (exact-match source, cue and content F1).",
            "--polnear", "The PolNeAR folder.", ["quotes", "polnear"], p => PolnearEvaluator.Evaluate(p), stdout, stderr));
        command.Subcommands.Add(Task("dates", "Date expressions on TimeBank 1.2 (DATE value accuracy, span F1; DCT as anchor).",
            "--timeml", "A folder of TimeML .tml files.", ["dates", "timebank"], p => TimeBankEvaluation.Run(p), stdout, stderr));
        command.Subcommands.Add(Task("quantities", "Quantity extraction on NewsQuant (value and value+unit F1).",
            "--newsquant", "A NewsQuant JSON file.", ["numeric", "newsquant", "newsquant_dev.json"], p => NewsQuantEvaluation.Run(p), stdout, stderr));
        command.Subcommands.Add(Task("extraction", "HTML main-content extraction on the trafilatura evaluation set (must/must-not snippets).",
            "--trafilatura", "The folder with evaldata.json and the page archive.", ["extraction", "trafilatura_eval"],
            p => TrafilaturaEvaluation.Run(new ExtractionEvalOptions { Directory = p }), stdout, stderr));
        command.Subcommands.Add(Task("clusters", "Story clustering, B-cubed against events and topics (ECB+ JSON Lines).",
            "--ecb", "An ECB+ JSON Lines file.", ["clustering", "ecbplus", "ecbplus_dev.jsonl"], p => ClusterEvaluation.Run("ECB+", p, ClusterEvaluation.ReadEcb(p)), stdout, stderr));
        command.Subcommands.Add(Task("clusters-newswcl", "Story clustering, B-cubed on NewsWCL50 (events are its topics).",
            "--newswcl", "A NewsWCL50 JSON Lines file.", ["clustering", "newswcl50", "newswcl50_docs.jsonl"], p => ClusterEvaluation.Run("NewsWCL50", p, ClusterEvaluation.ReadNewsWcl(p)), stdout, stderr));
        command.Subcommands.Add(Task("summary", "Story summaries, ROUGE-1/2/L against Multi-News references, beside a lead baseline.",
            "--multinews", "A Multi-News JSON Lines file.", ["mds", "multinews", "multinews_validation_sample250.jsonl"], p => SummaryEvaluation.Run(p), stdout, stderr));
        return command;
    }

    /// <summary>One evaluation: a data option (defaulting to the shared data set) and the evaluator it feeds.</summary>
    internal static Command Task(string name, string description, string option, string optionHelp, string[] defaultPath,
        Func<string, EvalReport> evaluate, TextWriter stdout, TextWriter stderr)
    {
        var data = new Option<string?>(option) { Description = $"{optionHelp} Default: ../shared/data/{string.Join('/', defaultPath)}." };
        var command = new Command(name, description) { data };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(data) ?? SharedData.Find(defaultPath);
            if (path is null || !(File.Exists(path) || Directory.Exists(path)))
            {
                stderr.WriteLine($"corroborate eval {name}: no data at '{path ?? string.Join('/', defaultPath)}'; pass {option} PATH.");
                return ExitCodes.Usage;
            }

            stdout.Write(evaluate(path).ToString());
            return ExitCodes.Ok;
        });
        return command;
    }
}
