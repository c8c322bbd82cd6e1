using System.Diagnostics;
using System.Globalization;

namespace SocialErp.Bench.Micro;

/// <summary>
/// Processor time (not wall time) per operation, single-threaded, after a warm-up: on a machine shared with other
/// builds it stays close to what the code costs, where wall-clock figures include the time spent waiting for a core.
/// </summary>
internal static class MesureCpu
{
    public static void LectureCamt054(int[] tailles)
    {
        Console.WriteLine("| crédits | octets | CPU ms / lecture | mur ms / lecture | µs CPU / crédit |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var taille in tailles)
        {
            var benchmark = new LectureCamt054Benchmarks { Credits = taille };
            benchmark.Generer();
            var repetitions = Math.Max(5, 200_000 / taille);
            for (var i = 0; i < 3; i++)
            {
                benchmark.Lire();
            }

            var processus = Process.GetCurrentProcess();
            var cpuAvant = processus.TotalProcessorTime;
            var mur = Stopwatch.StartNew();
            for (var i = 0; i < repetitions; i++)
            {
                benchmark.Lire();
            }

            processus.Refresh();
            var cpu = (processus.TotalProcessorTime - cpuAvant).TotalMilliseconds / repetitions;
            var murMs = mur.Elapsed.TotalMilliseconds / repetitions;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {taille} | {benchmark.TailleFichier} | {cpu:F1} | {murMs:F1} | {cpu * 1000 / taille:F1} |"));
        }
    }
}
