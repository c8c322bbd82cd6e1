using BenchmarkDotNet.Running;

// Micro-benchmarks of hot module code (no HTTP, no database), fed by SocialErp.Bench.Data.
//   dotnet run -c Release --project build/bench/SocialErp.Bench.Micro -- --filter '*Camt*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(SocialErp.Bench.Micro.LectureCamt054Benchmarks).Assembly).Run(args);
