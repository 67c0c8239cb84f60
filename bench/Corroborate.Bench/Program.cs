using BenchmarkDotNet.Running;

// BenchmarkDotNet over every stage: `dotnet run -c Release --project bench/Corroborate.Bench -- --filter '*'`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
