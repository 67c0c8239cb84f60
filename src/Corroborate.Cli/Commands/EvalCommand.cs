using System.CommandLine;

namespace Corroborate.Cli.Commands;

/// <summary><c>corroborate eval TASK</c>: measures a stage against gold data and prints it beside published peers.</summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("eval", "Measure quality against gold-labelled data (e.g. ../shared/data) and print it beside published peer figures.");
        return command;
    }
}
