using System.Diagnostics;
using System.Globalization;
using SocialErp.Bench.Data;
using SocialErp.Modules.Statistiques.Excel;

// Streams ROWS analytic rows × 12 columns into FILE with the module's XLSX writer and prints one RESULT line:
// rows, seconds, rows/s, peak working set (MB), file size (MB). Run once per row count: the peak is per process.
//   dotnet SocialErp.Bench.Statistiques.dll xlsx ROWS FILE
if (args.Length != 3 || args[0] != "xlsx")
{
    Console.Error.WriteLine("usage: xlsx ROWS FILE");
    return 2;
}

var lignes = long.Parse(args[1], CultureInfo.InvariantCulture);
var colonnes = LignesAnalytiques.Titres.Select((t, i) => new ColonneXlsx(t, i switch
{
    0 or 4 => TypeColonne.Entier,
    7 => TypeColonne.Date,
    8 or 9 or 10 => TypeColonne.Montant,
    _ => TypeColonne.Texte,
}, Total: i is 8 or 9 or 10)).ToList();
var chrono = Stopwatch.StartNew();
await using (var fichier = new FileStream(args[2], FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
using (var classeur = new ClasseurXlsx(fichier))
{
    var feuille = classeur.AjouterFeuille("Écritures", new EnTeteFeuille("Écritures analytiques", "Banc d'essai", DateTime.UtcNow), colonnes);
    var ligne = new object?[12];
    for (long i = 0; i < lignes; i++)
    {
        LignesAnalytiques.Remplir(i, ligne);
        feuille.EcrireLigne(ligne);
    }
}

chrono.Stop();
using var processus = Process.GetCurrentProcess();
processus.Refresh();
Console.WriteLine(FormattableString.Invariant(
    $"RESULT rows={lignes} seconds={chrono.Elapsed.TotalSeconds:0.00} rows_per_s={lignes / chrono.Elapsed.TotalSeconds:0} peak_mb={processus.PeakWorkingSet64 / 1048576.0:0.0} file_mb={new FileInfo(args[2]).Length / 1048576.0:0.0}"));
return 0;
