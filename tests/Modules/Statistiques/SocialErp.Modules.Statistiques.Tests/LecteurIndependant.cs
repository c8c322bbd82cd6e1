using System.Diagnostics;
using System.Text.Json;

namespace SocialErp.Modules.Statistiques.Tests;

/// <summary>
/// Reads a workbook with exceljs through node (build/xlsx/lire.mjs): a reader written independently of our writer
/// and of the OpenXML SDK. Installs the pinned exceljs from build/xlsx/package-lock.json on first use.
/// </summary>
public static class LecteurIndependant
{
    private static readonly SemaphoreSlim Installation = new(1, 1);

    public static async Task<JsonElement> LireAsync(string fichier)
    {
        var dossier = Path.Combine(Racine(), "build", "xlsx");
        await Installation.WaitAsync();
        try
        {
            if (!Directory.Exists(Path.Combine(dossier, "node_modules", "exceljs")))
            {
                await ExecuterAsync("npm", ["ci", "--no-audit", "--no-fund", "--prefix", dossier], dossier);
            }
        }
        finally
        {
            Installation.Release();
        }

        return JsonDocument.Parse(await ExecuterAsync("node", [Path.Combine(dossier, "lire.mjs"), fichier], dossier)).RootElement;
    }

    private static async Task<string> ExecuterAsync(string programme, string[] arguments, string dossier)
    {
        var info = new ProcessStartInfo(programme) { WorkingDirectory = dossier, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var processus = Process.Start(info)!;
        var sortie = processus.StandardOutput.ReadToEndAsync();
        var erreurs = processus.StandardError.ReadToEndAsync();
        await processus.WaitForExitAsync();
        Assert.True(processus.ExitCode == 0, $"{programme} {string.Join(' ', arguments)} a échoué : {await erreurs}");
        return await sortie;
    }

    private static string Racine()
    {
        for (var dossier = new DirectoryInfo(AppContext.BaseDirectory); dossier is not null; dossier = dossier.Parent)
        {
            if (File.Exists(Path.Combine(dossier.FullName, "SocialErp.sln")))
            {
                return dossier.FullName;
            }
        }

        throw new InvalidOperationException("SocialErp.sln introuvable au-dessus du dossier des tests.");
    }
}
