using BenchmarkDotNet.Running;
using Corroborate.Bench;

// Story tools: `story-tune ECB [NEWSWCL]`, `story-scale BBC [MAXDOCS]`. Otherwise BenchmarkDotNet over every
// stage: `dotnet run -c Release --project bench/Corroborate.Bench -- --filter '*'`.
if (args.Length >= 2 && args[0] == "story-tune")
{
    StoryTuning.Run(args[1], args.Length > 2 ? args[2] : null);
    return;
}

if (args.Length >= 2 && args[0] == "story-scale")
{
    var sizes = args.Length > 2 ? args[2].Split(',').Select(x => int.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : [10_000, 30_000, 100_000];
    StoryScale.Run(args[1], sizes);
    return;
}

if (args.Length >= 2 && args[0] == "story-summary")
{
    int every = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1;
    int offset = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 0;
    Console.WriteLine(Corroborate.Evaluation.Summary.SummaryEvaluation.Run(args[1], every: every, offset: offset));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
