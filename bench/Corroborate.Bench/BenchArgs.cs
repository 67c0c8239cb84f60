using System.Globalization;
using Corroborate.Evaluation;

namespace Corroborate.Bench;

/// <summary>Arguments shared by the corpus harnesses: an optional corpus file and integer options ("--passes 5").</summary>
internal static class BenchArgs
{
    /// <summary>
    /// The corpus file: the first argument that is neither an option nor an option's value, else the BBC corpus under
    /// ../shared/data. Null, after saying why on stderr, when there is none.
    /// </summary>
    public static string? CorpusPath(string[] args, string command)
    {
        string? given = null;
        for (int i = 0; i < args.Length && given is null; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal)) i++;
            else given = args[i];
        }

        var path = given ?? SharedData.Find("corpus", "bbc2225.jsonl");
        if (path is not null && File.Exists(path)) return path;
        Console.Error.WriteLine(given is null
            ? $"{command}: no corpus file given and ../shared/data/corpus/bbc2225.jsonl not found."
            : $"{command}: {given} not found.");
        return null;
    }

    /// <summary>The integer after <paramref name="name"/>, or null when it is absent or not a number.</summary>
    public static int? Int(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out int v) ? v : null;
    }
}
