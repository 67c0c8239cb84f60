using BenchmarkDotNet.Running;
using Corroborate.Bench;

// `-- corpus [FILE]`: whole-corpus throughput of the pipeline, stage by stage (CorpusHarness).
// Anything else goes to BenchmarkDotNet: `-- --filter '*'` runs every micro-benchmark.
if (args.Length > 0 && args[0] == "corpus")
{
    return CorpusHarness.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(CorpusHarness).Assembly).Run(args);
return 0;
