namespace SocialErp.Bench.Data;

/// <summary>
/// Deterministic analytic rows for the Excel export benchmark: row i always has the same 12 values (dossier number,
/// names, commune, prestation, charge type, booking date, debit, credit, balance, person count, label), so our writer
/// and the exceljs reference write the same data. <c>build/xlsx/bench-exceljs.mjs</c> computes the same formulas.
/// </summary>
public static class LignesAnalytiques
{
    public static readonly string[] Titres =
        ["N°", "Dossier", "Nom", "Prénom", "Commune", "Prestation", "Type de charge", "Date", "Débit", "Crédit", "Solde", "Libellé"];

    private static readonly string[] Noms = ["Müller", "Favre", "Rochat", "Rossi", "Keller", "Bonvin", "Da Silva", "Nguyen"];
    private static readonly string[] Prenoms = ["Léa", "Luca", "Anne", "Marco", "Zoé", "Jonas", "Elif", "Théo"];
    private static readonly string[] Prestations = ["WSH", "ALBV", "ASYL", "FLUE"];
    private static readonly string[] Types = ["entretien", "loyer", "assurance-maladie", "frais-medicaux", "avance-pension"];
    private static readonly DateOnly Debut = new(2026, 1, 1);

    /// <summary>Fills <paramref name="ligne"/> (12 cells) with row <paramref name="i"/>.</summary>
    public static void Remplir(long i, object?[] ligne)
    {
        var debit = ((i * 7919) % 250_000) / 100m;
        var credit = i % 10 == 0 ? ((i * 104_729) % 50_000) / 100m : 0m;
        ligne[0] = i + 1;
        ligne[1] = $"D-{2026}-{i % 50_000:00000}";
        ligne[2] = Noms[i % Noms.Length];
        ligne[3] = Prenoms[(i / 3) % Prenoms.Length];
        ligne[4] = 5500 + (int)(i % 400);
        ligne[5] = Prestations[i % Prestations.Length];
        ligne[6] = Types[i % Types.Length];
        ligne[7] = Debut.AddDays((int)(i % 365));
        ligne[8] = debit;
        ligne[9] = credit;
        ligne[10] = debit - credit;
        ligne[11] = $"Écriture {i + 1} – {Types[i % Types.Length]}";
    }
}
