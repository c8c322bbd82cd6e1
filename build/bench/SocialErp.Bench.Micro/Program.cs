using BenchmarkDotNet.Running;
using SocialErp.Bench.Micro;

// Micro-benchmarks of hot module code (no HTTP, no database), fed by SocialErp.Bench.Data.
//   dotnet run -c Release --project build/bench/SocialErp.Bench.Micro -- --filter '*Camt*' --inProcess
// On a shared, loaded machine wall-clock figures swing with the neighbours; `cpu` measures processor time instead:
//   dotnet run -c Release --project build/bench/SocialErp.Bench.Micro -- cpu 1000 10000
if (args.Length > 0 && args[0] == "cpu")
{
    MesureCpu.LectureCamt054(args.Skip(1).Select(int.Parse).ToArray());
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(LectureCamt054Benchmarks).Assembly).Run(args);
