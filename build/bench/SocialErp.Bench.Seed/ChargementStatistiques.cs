using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using SocialErp.Bench.Data;

namespace SocialErp.Bench.Seed;

/// <summary>
/// Loads the Statistiques read model (its own tables only: persons, dossiers, UA memberships, posting lines,
/// payments) with a synthetic caseload (<see cref="GenerateurLectureStatistiques"/>) for one reported month, straight
/// into a migrated database, replacing what the tables held. PostgreSQL through binary COPY, SQLite through prepared
/// inserts in large transactions, values stored as EF Core stores them.
/// </summary>
internal static class ChargementStatistiques
{
    private sealed record Table(string Nom, string[] Colonnes, Func<UniteStatistiqueSynthetique, IEnumerable<object?[]>> Lignes);

    private static readonly DateTime MiseAJour = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly Table[] Tables =
    [
        new("personne_lecture", ["fiche_id", "type", "nom", "prenom", "date_naissance", "service_id", "archivee", "fusionnee_dans", "mise_a_jour", "etat_civil", "nationalite"],
            u => u.Personnes.Select(p => new object?[] { p.FicheId, "personne", p.Nom, p.Prenom, p.DateNaissance, null, false, null, MiseAJour, p.EtatCivil, p.Nationalite })),
        new("dossier_lecture", ["dossier_id", "numero", "nom", "prestation", "commune_domicile", "service_id", "date_ouverture", "statut", "date_sortie",
                "motif_sortie", "dernier_paiement_ordinaire", "version_unite_allocation", "mise_a_jour"],
            u => [[u.Dossier.DossierId, u.Dossier.Numero, u.Dossier.Nom, u.Dossier.Prestation, u.Dossier.Commune, null, u.Dossier.DateOuverture, u.Dossier.Statut,
                u.Dossier.DateSortie, u.Dossier.MotifSortie, u.Dossier.DernierPaiementOrdinaire, 1L, MiseAJour]]),
        new("membre_unite_lecture", ["id", "dossier_id", "fiche_id", "role", "du", "au"],
            u => u.Membres.Select(m => new object?[] { m.Id, m.DossierId, m.FicheId, m.Role, m.Du, null })),
        new("ligne_ecriture_lecture", ["ecriture_id", "numero", "date", "periode", "libelle", "extourne_de", "compte", "genre_compte", "debit", "credit",
                "fiche_id", "unite_allocation_id", "dossier_id", "commune_domicile", "prestation", "type_charge", "type_payeur"],
            u => u.Lignes.Select(l => new object?[] { l.EcritureId, l.Numero, l.Date, l.Periode, l.Libelle, null, l.Compte, l.GenreCompte, l.Debit, l.Credit,
                l.FicheId, l.DossierId, l.DossierId, l.Commune, l.Prestation, l.TypeCharge, l.TypePayeur })),
        new("paiement_lecture", ["paiement_id", "dossier_id", "fiche_id", "date", "montant", "ordinaire", "libelle"],
            u => u.Paiements.Select(p => new object?[] { p.PaiementId, p.DossierId, p.FicheId, p.Date, p.Montant, p.Ordinaire, p.Libelle })),
    ];

    /// <summary>statistiques Sqlite|PostgreSql CONNECTION DOSSIERS MONTH(yyyy-MM)</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length != 4)
        {
            Console.Error.WriteLine("usage: statistiques Sqlite|PostgreSql CONNECTION DOSSIERS MONTH");
            return 2;
        }

        var postgres = args[0] == "PostgreSql";
        var dossiers = int.Parse(args[2], CultureInfo.InvariantCulture);
        var mois = DateOnly.ParseExact(args[3] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using DbConnection connection = postgres ? new NpgsqlConnection(args[1]) : new SqliteConnection(args[1]);
        await connection.OpenAsync();
        var watch = Stopwatch.StartNew();
        var unites = GenerateurLectureStatistiques.NombreUnites(dossiers);
        var colonnesExistantes = await ColonnesAsync(connection, postgres);
        foreach (var table in Tables)
        {
            var nom = postgres ? $"statistiques.statistiques_{table.Nom}" : $"statistiques_{table.Nom}";
            // The columns the migrated schema has (the loader stays usable on a schema without the newest optional ones).
            var indexes = table.Colonnes.Select((c, i) => (c, i)).Where(p => colonnesExistantes.Contains($"statistiques_{table.Nom}.{p.c}")).ToArray();
            await ExecuteAsync(connection, $"DELETE FROM {nom}");
            var lignes = Enumerable.Range(0, unites)
                .SelectMany(i => table.Lignes(GenerateurLectureStatistiques.Unite(i, dossiers, mois)))
                .Select(l => indexes.Select(p => l[p.i]).ToArray());
            var colonnes = indexes.Select(p => p.c).ToArray();
            var n = postgres
                ? await CopyPostgresAsync((NpgsqlConnection)connection, nom, colonnes, lignes)
                : await InsertSqliteAsync((SqliteConnection)connection, nom, colonnes, lignes);
            Console.Error.WriteLine($"{nom}: {n} rows ({watch.Elapsed.TotalSeconds:F0} s)");
        }

        await ExecuteAsync(connection, "ANALYZE");
        Console.Error.WriteLine($"done in {watch.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    private static async Task<HashSet<string>> ColonnesAsync(DbConnection connection, bool postgres)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = postgres
            ? "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = 'statistiques'"
            : "SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name LIKE 'statistiques_%'";
        await using var reader = await command.ExecuteReaderAsync();
        var colonnes = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            colonnes.Add(reader.GetString(0));
        }

        return colonnes;
    }

    private static async Task<long> CopyPostgresAsync(NpgsqlConnection connection, string table, string[] colonnes, IEnumerable<object?[]> lignes)
    {
        await using var copy = await connection.BeginBinaryImportAsync($"COPY {table} ({string.Join(", ", colonnes)}) FROM STDIN (FORMAT BINARY)");
        long n = 0;
        foreach (var ligne in lignes)
        {
            await copy.WriteRowAsync(CancellationToken.None, ligne);
            n++;
        }

        await copy.CompleteAsync();
        return n;
    }

    private static async Task<long> InsertSqliteAsync(SqliteConnection connection, string table, string[] colonnes, IEnumerable<object?[]> lignes)
    {
        await ExecuteAsync(connection, "PRAGMA synchronous = OFF");
        var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", colonnes)}) VALUES ({string.Join(", ", colonnes.Select((_, i) => $"$p{i}"))})";
        var parametres = colonnes.Select((_, i) => command.Parameters.Add(new SqliteParameter { ParameterName = $"$p{i}" })).ToArray();
        long n = 0;
        foreach (var ligne in lignes)
        {
            for (var i = 0; i < ligne.Length; i++)
            {
                parametres[i].Value = ValeurSqlite(ligne[i]);
            }

            command.Transaction = transaction;
            await command.ExecuteNonQueryAsync();
            if (++n % 200_000 == 0)
            {
                await transaction.CommitAsync();
                transaction = connection.BeginTransaction();
            }
        }

        await transaction.CommitAsync();
        return n;
    }

    // As EF Core stores them on SQLite: GUIDs as uppercase text, dates and instants as ISO text, decimals as text.
    private static object ValeurSqlite(object? valeur) => valeur switch
    {
        null => DBNull.Value,
        Guid g => g.ToString().ToUpperInvariant(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.0#", CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        _ => valeur,
    };

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }
}
