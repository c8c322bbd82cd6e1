using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using SocialErp.Bench.Data;

namespace SocialErp.Bench.Seed;

/// <summary>
/// The Comptabilité benchmark's volumes: COUNT active allocation budgets from a month (GenerateurBudgets)
/// written straight into a migrated database, as EF Core stores them on each provider; and camt.054 files of credits
/// (GenerateurCamt054) for the import benchmark.
/// </summary>
internal static class ChargementComptabilite
{
    //   budgets Sqlite|PostgreSql CONNECTION COUNT PERSONS_FILE FROM(yyyy-MM-dd)
    //   camt054 FILE COUNT
    public static async Task<int> ExecuterAsync(string[] args)
    {
        if (args[0] == "camt054" && args.Length == 3)
        {
            await using var sortie = File.Create(args[1]);
            GenerateurCamt054.Ecrire(sortie, "CH4431999123000889012", DateOnly.FromDateTime(DateTime.Today), GenerateurCamt054.Credits(int.Parse(args[2], CultureInfo.InvariantCulture)),
                $"BENCH-{DateTime.UtcNow:yyyyMMddHHmmss}");
            return 0;
        }

        if (args[0] != "budgets" || args.Length != 6)
        {
            Console.Error.WriteLine("usage: budgets Sqlite|PostgreSql CONNECTION COUNT PERSONS_FILE FROM | camt054 FILE COUNT");
            return 2;
        }

        var postgres = args[1] == "PostgreSql";
        var count = int.Parse(args[3], CultureInfo.InvariantCulture);
        var personnes = (await File.ReadAllLinesAsync(args[4])).Where(l => l.Length > 0).Select(Guid.Parse).ToList();
        var du = DateOnly.ParseExact(args[5], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using DbConnection connection = postgres ? new NpgsqlConnection(args[2]) : new SqliteConnection(args[2]);
        await connection.OpenAsync();
        var prefixe = postgres ? "comptabilite." : string.Empty;
        var watch = Stopwatch.StartNew();
        var maintenant = DateTime.UtcNow;
        var budget = Commande(connection, postgres, $"INSERT INTO {prefixe}comptabilite_budget (id, dossier_id, genre, libelle, commune_domicile, prestation, version, cree_le, cree_par) "
            + "VALUES (@id, @dossier, 'allocation', 'Aide sociale — budget mensuel', @commune, 'WSH', 1, @le, NULL)", "id", "dossier", "commune", "le");
        var version = Commande(connection, postgres, $"INSERT INTO {prefixe}comptabilite_version_budget (id, budget_id, numero, du, au, taille_menage, motif, cree_le, cree_par) "
            + "VALUES (@id, @budget, 1, @du, NULL, @taille, 'Banc d''essai', @le, NULL)", "id", "budget", "du", "taille", "le");
        var ligne = Commande(connection, postgres, $"INSERT INTO {prefixe}comptabilite_ligne_budget (id, version_budget_id, ordre, sens, type, libelle, montant, periodicite, du, au, "
            + "beneficiaire_id, paye_id, iban, type_reference, reference, refacturable, refacture_a) VALUES (@id, @version, @ordre, @sens, @type, @libelle, @montant, "
            + "'mensuelle', @du, NULL, @beneficiaire, @paye, @iban, @typeReference, @reference, @faux, NULL)",
            "id", "version", "ordre", "sens", "type", "libelle", "montant", "du", "beneficiaire", "paye", "iban", "typeReference", "reference", "faux");
        var transaction = await connection.BeginTransactionAsync();
        var n = 0;
        foreach (var b in GenerateurBudgets.Generer(count, personnes))
        {
            await ExecuterAsync(budget, transaction, postgres, b.Id, b.DossierId, b.Commune, maintenant);
            await ExecuterAsync(version, transaction, postgres, b.VersionId, b.Id, du, b.TailleMenage, maintenant);
            foreach (var l in b.Lignes)
            {
                await ExecuterAsync(ligne, transaction, postgres, l.Id, b.VersionId, l.Ordre, l.Sens, l.Type, l.Libelle, l.Montant, du, l.BeneficiaireId, l.PayeId, l.Iban,
                    l.TypeReference, l.Reference, false);
            }

            if (++n % 5_000 == 0)
            {
                await transaction.CommitAsync();
                transaction = await connection.BeginTransactionAsync();
                Console.Error.WriteLine($"{n} budgets");
            }
        }

        await transaction.CommitAsync();
        await using (var analyse = connection.CreateCommand())
        {
            analyse.CommandText = "ANALYZE";
            await analyse.ExecuteNonQueryAsync();
        }

        Console.Error.WriteLine($"{count} budgets written in {watch.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    private static DbCommand Commande(DbConnection connection, bool postgres, string sql, params string[] parametres)
    {
        var command = connection.CreateCommand();
        command.CommandText = postgres ? sql : sql.Replace('@', '$');
        foreach (var nom in parametres)
        {
            var parametre = command.CreateParameter();
            parametre.ParameterName = (postgres ? "@" : "$") + nom;
            command.Parameters.Add(parametre);
        }

        return command;
    }

    private static async Task ExecuterAsync(DbCommand command, DbTransaction transaction, bool postgres, params object?[] valeurs)
    {
        command.Transaction = transaction;
        for (var i = 0; i < valeurs.Length; i++)
        {
            command.Parameters[i].Value = Valeur(valeurs[i], postgres);
        }

        await command.ExecuteNonQueryAsync();
    }

    // As EF Core stores them on SQLite: GUIDs as uppercase text, dates and instants as ISO text, decimals as text.
    private static object Valeur(object? valeur, bool postgres) => valeur switch
    {
        null => DBNull.Value,
        _ when postgres => valeur,
        Guid g => g.ToString().ToUpperInvariant(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.00", CultureInfo.InvariantCulture),
        bool b => b ? 1 : 0,
        _ => valeur,
    };
}
