using System.CommandLine;
using Corroborate.Evaluation;
using Corroborate.Evaluation.Ner;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate eval TASK</c>: measures a stage against gold data and prints it beside published peers.</summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("eval", "Measure quality against gold-labelled data (../shared/data by default) and print it beside published peer figures.");
        command.Subcommands.Add(Task("ner", "Entity recognition on CoNLL-2003 (conlleval semantics).",
            "--conll", "A CoNLL-2003 file.", ["ner", "conll2003", "eng.valid.txt"], p => NerEvaluation.Run(p), stdout, stderr));
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
