using BenchmarkDotNet.Running;
using Corroborate.Bench;

// Story tools: `story-tune ECB [NEWSWCL]`, `story-scale BBC [MAXDOCS]`. Otherwise BenchmarkDotNet over every
// stage: `dotnet run -c Release --project bench/Corroborate.Bench -- --filter '*'`.
if (args.Length >= 2 && args[0] == "story-tune")
{
    StoryTuning.Run(args[1], args.Length > 2 ? args[2] : null);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
