using System.CommandLine;
using Corroborate.Cli.Commands;

namespace Corroborate.Cli;

/// <summary>Exit codes of every command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Some inputs were rejected (their diagnostics are in the output); the rest was processed.</summary>
    public const int SomeRejected = 1;
    public const int Usage = 2;

    /// <summary>
    /// A service the command needs could not be reached: the store (an unreachable or refusing PostgreSQL server, a
    /// malformed connection string) or the message broker.
    /// </summary>
    public const int Unavailable = 3;
}

/// <summary>The command tree. Each command is a few lines over the library (thin host, pure core).</summary>
public static class CliApp
{
    public static RootCommand Build(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand(
            "Corroborate reads many news reports of the same events and tells you what the sources agree on, " +
            "where they differ, and why.");
        root.Subcommands.Add(AnalyzeCommand.Create(stdout, stderr));
        root.Subcommands.Add(StoreCommands.Ingest(stdout, stderr));
        root.Subcommands.Add(StoreCommands.Stories(stdout, stderr));
        root.Subcommands.Add(StoreCommands.Search(stdout, stderr));
        root.Subcommands.Add(StoreCommands.Serve());
        root.Subcommands.Add(WorkerCommand.Create(stderr));
        root.Subcommands.Add(EvalCommand.Create(stdout, stderr));
        root.Subcommands.Add(TrainCommand.Create(stdout, stderr));
        return root;
    }

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = Build(stdout, stderr);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"corroborate: {error.Message}");
            }

            stderr.WriteLine("Try 'corroborate --help'.");
            return ExitCodes.Usage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
