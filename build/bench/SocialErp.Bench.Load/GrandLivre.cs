using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using SocialErp.Bench.Data;

/// <summary>
/// Loads the ledger benchmark: REAL households opened through the public API (fiches, dossier, allocation unit, so
/// Comptabilité learns their membership from Dossiers' events), synthetic households for volume (their membership
/// written straight into Comptabilité's projection), then LINES generated ledger lines over all of them, bulk-copied
/// into Comptabilité's tables (COPY on PostgreSQL, prepared inserts on SQLite; the line indexes are rebuilt after, and
/// the stored monthly balances recomputed from the lines).
/// Writes the real dossier ids and their fiche ids to SAMPLE_DIR for the load scripts.
/// </summary>
internal static class GrandLivre
{
    private static readonly string[] Usager = ["usager"];

    private static readonly string[] IndexLignes =
    [
        "CREATE INDEX \"IX_comptabilite_ligne_ecriture_ecriture_id\" ON {0} (ecriture_id)",
        "CREATE INDEX \"IX_comptabilite_ligne_ecriture_compte_id\" ON {0} (compte_id)",
        "CREATE INDEX \"IX_comptabilite_ligne_ecriture_fiche_id_date\" ON {0} (fiche_id, date)",
        "CREATE INDEX \"IX_comptabilite_ligne_ecriture_unite_allocation_id_date\" ON {0} (unite_allocation_id, date)",
        "CREATE INDEX \"IX_comptabilite_ligne_ecriture_date\" ON {0} (date)",
    ];

    public static async Task<int> ChargerAsync(string[] args)
    {
        if (args.Length < 8)
        {
            Console.Error.WriteLine("usage: grand-livre URL EMAIL PASSWORD PROVIDER CONNECTION LINES REAL SAMPLE_DIR");
            return 2;
        }

        var (url, email, password, provider, connection) = (args[0], args[1], args[2], args[3], args[4]);
        if (provider == "PostgreSql")
        {
            // Completing a COPY of millions of rows outlasts the default 30 s command timeout.
            connection += ";Command Timeout=0";
        }

        var lignes = long.Parse(args[5], CultureInfo.InvariantCulture);
        var reels = int.Parse(args[6], CultureInfo.InvariantCulture);
        var sample = args[7];
        var watch = Stopwatch.StartNew();
        var menagesReels = await OuvrirMenagesReelsAsync(new Uri(url), email, password, reels);
        Console.Error.WriteLine($"{menagesReels.Count} real households opened through the API in {watch.Elapsed.TotalSeconds:F0} s");
        var synthetiques = GenerateurGrandLivre.Menages((int)Math.Max(1, lignes / 500));
        var menages = menagesReels.Concat(synthetiques).ToList();
        watch.Restart();
        await using (var db = Ouvrir(provider, connection))
        {
            await db.OpenAsync();
            var ecrit = provider == "PostgreSql"
                ? await CopierPostgreSqlAsync((NpgsqlConnection)db, connection, synthetiques, GenerateurGrandLivre.Ecritures(menages, lignes))
                : await InsererSqliteAsync((SqliteConnection)db, synthetiques, GenerateurGrandLivre.Ecritures(menages, lignes));
            Console.Error.WriteLine($"{ecrit} lines loaded in {watch.Elapsed.TotalSeconds:F0} s; rebuilding indexes");
            watch.Restart();
            var table = provider == "PostgreSql" ? "comptabilite.comptabilite_ligne_ecriture" : "comptabilite_ligne_ecriture";
            foreach (var index in IndexLignes)
            {
                await ExecuterAsync(db, string.Format(CultureInfo.InvariantCulture, index, table));
            }

            Console.Error.WriteLine($"indexes rebuilt in {watch.Elapsed.TotalSeconds:F0} s");
            watch.Restart();
            await ExecuterAsync(db, SoldesMensuels(provider == "PostgreSql"));
            await ExecuterAsync(db, provider == "PostgreSql" ? "VACUUM ANALYZE comptabilite.comptabilite_ligne_ecriture, comptabilite.comptabilite_solde_mensuel" : "ANALYZE");
            Console.Error.WriteLine($"stored monthly balances recomputed from the lines in {watch.Elapsed.TotalSeconds:F0} s");
        }

        Directory.CreateDirectory(sample);
        await File.WriteAllLinesAsync(Path.Combine(sample, "dossiers.txt"), menagesReels.Select(m => m.DossierId.ToString()));
        await File.WriteAllLinesAsync(Path.Combine(sample, "fiches.txt"), menagesReels.SelectMany(m => m.Membres).Select(m => m.FicheId.ToString()));
        return 0;
    }

    /// <summary>Households through the API: an usager fiche per member, the dossier, then its unit's periods.</summary>
    private static async Task<List<MenageSynthetique>> OuvrirMenagesReelsAsync(Uri url, string email, string password, int nombre)
    {
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(2) };
        var login = await http.PostAsJsonAsync("/api/auth/login", new { email, password });
        login.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        var modeles = GenerateurGrandLivre.Menages(nombre, graine: 7);
        var personnes = GenerateurPersonnes.Generer(modeles.Sum(m => m.Membres.Count), graine: 7).GetEnumerator();
        var menages = new List<MenageSynthetique>();
        foreach (var modele in modeles)
        {
            var membres = new List<MembreSynthetique>();
            foreach (var membre in modele.Membres)
            {
                personnes.MoveNext();
                var p = personnes.Current;
                var fiche = await http.PostAsJsonAsync("/api/fiches", new { type = "personne", nom = p.Nom, prenom = p.Prenom, categories = Usager });
                fiche.EnsureSuccessStatusCode();
                membres.Add(membre with { FicheId = (await fiche.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid() });
            }

            var dossier = await http.PostAsJsonAsync("/api/dossiers", new
            {
                nom = $"Ménage {menages.Count + 1}", prestation = "WSH", communeDomicile = 5586, dateOuverture = "2021-01-01",
                fiches = membres.Select(m => new { ficheId = m.FicheId, role = m.Role }).ToArray(),
            });
            await Verifier(dossier);
            var id = (await dossier.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            var ua = await http.PutAsJsonAsync($"/api/dossiers/{id}/unite-allocation", new
            {
                periodes = membres.Select(m => new { ficheId = m.FicheId, role = m.Role, du = Jour(m.Du), au = m.Au is { } au ? Jour(au) : null }).ToArray(),
            });
            await Verifier(ua);
            menages.Add(new MenageSynthetique(id, membres));
        }

        return menages;
    }

    private static async Task Verifier(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<long> CopierPostgreSqlAsync(
        NpgsqlConnection db, string connection, List<MenageSynthetique> synthetiques, IEnumerable<EcritureSynthetique> ecritures)
    {
        foreach (var index in IndexLignes)
        {
            await ExecuterAsync(db, $"DROP INDEX IF EXISTS comptabilite.\"{index.Split('"')[1]}\"");
        }

        await using (var membres = await db.BeginBinaryImportAsync(
            "COPY comptabilite.comptabilite_membre_unite_allocation (id, dossier_id, fiche_id, role, du, au) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var menage in synthetiques)
            {
                foreach (var m in menage.Membres)
                {
                    await membres.WriteRowAsync(default, Guid.CreateVersion7(), menage.DossierId, m.FicheId, m.Role, m.Du, (object?)m.Au ?? DBNull.Value);
                }
            }

            await membres.CompleteAsync();
        }

        await using var second = new NpgsqlConnection(connection);
        await second.OpenAsync();
        await using var entetes = await db.BeginBinaryImportAsync(
            "COPY comptabilite.comptabilite_ecriture (id, date, annee, mois, libelle, total, cree_le) FROM STDIN (FORMAT BINARY)");
        await using var lignes = await second.BeginBinaryImportAsync(
            "COPY comptabilite.comptabilite_ligne_ecriture (id, ecriture_id, ordre, compte_id, genre, date, debit, credit, fiche_id, unite_allocation_id, dossier_id, type_charge) FROM STDIN (FORMAT BINARY)");
        var maintenant = DateTime.UtcNow;
        long total = 0;
        foreach (var e in ecritures)
        {
            await entetes.StartRowAsync();
            await entetes.WriteAsync(e.Id, NpgsqlDbType.Uuid);
            await entetes.WriteAsync(e.Date, NpgsqlDbType.Date);
            await entetes.WriteAsync(e.Date.Year, NpgsqlDbType.Integer);
            await entetes.WriteAsync(e.Date.Month, NpgsqlDbType.Integer);
            await entetes.WriteAsync(e.Libelle, NpgsqlDbType.Varchar);
            await entetes.WriteAsync(e.Lignes.Sum(l => l.Debit), NpgsqlDbType.Numeric);
            await entetes.WriteAsync(maintenant, NpgsqlDbType.TimestampTz);
            var ordre = 0;
            foreach (var l in e.Lignes)
            {
                await lignes.StartRowAsync();
                await lignes.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await lignes.WriteAsync(e.Id, NpgsqlDbType.Uuid);
                await lignes.WriteAsync(++ordre, NpgsqlDbType.Integer);
                await lignes.WriteAsync(IdCompte(l.Compte), NpgsqlDbType.Uuid);
                await lignes.WriteAsync(l.Genre, NpgsqlDbType.Varchar);
                await lignes.WriteAsync(e.Date, NpgsqlDbType.Date);
                await lignes.WriteAsync(l.Debit, NpgsqlDbType.Numeric);
                await lignes.WriteAsync(l.Credit, NpgsqlDbType.Numeric);
                await EcrireAsync(lignes, l.FicheId);
                await EcrireAsync(lignes, l.UniteAllocationId);
                await EcrireAsync(lignes, l.DossierId);
                if (l.TypeCharge is null)
                {
                    await lignes.WriteNullAsync();
                }
                else
                {
                    await lignes.WriteAsync(l.TypeCharge, NpgsqlDbType.Varchar);
                }

                total++;
            }

            if (total % 1_000_000 < 4 && total > 4)
            {
                Console.Error.WriteLine($"{total} lines");
            }
        }

        await entetes.CompleteAsync();
        await lignes.CompleteAsync();
        return total;
    }

    private static async Task EcrireAsync(NpgsqlBinaryImporter importer, Guid? valeur)
    {
        if (valeur is { } v)
        {
            await importer.WriteAsync(v, NpgsqlDbType.Uuid);
        }
        else
        {
            await importer.WriteNullAsync();
        }
    }

    /// <summary>EF Core's SQLite storage: Guid as upper-case text, dates as ISO text, decimals as invariant text.</summary>
    private static async Task<long> InsererSqliteAsync(SqliteConnection db, List<MenageSynthetique> synthetiques, IEnumerable<EcritureSynthetique> ecritures)
    {
        foreach (var index in IndexLignes)
        {
            await ExecuterAsync(db, $"DROP INDEX IF EXISTS \"{index.Split('"')[1]}\"");
        }

        await ExecuterAsync(db, "PRAGMA synchronous = OFF");
        var transaction = (SqliteTransaction)await db.BeginTransactionAsync();
        await using (var membre = Commande(db, transaction, "INSERT INTO comptabilite_membre_unite_allocation (id, dossier_id, fiche_id, role, du, au) VALUES ($1, $2, $3, $4, $5, $6)", 6))
        {
            foreach (var menage in synthetiques)
            {
                foreach (var m in menage.Membres)
                {
                    await LierAsync(membre, Texte(Guid.CreateVersion7()), Texte(menage.DossierId), Texte(m.FicheId), m.Role, Jour(m.Du), m.Au is { } au ? Jour(au) : null);
                }
            }
        }

        var entete = Commande(db, transaction, "INSERT INTO comptabilite_ecriture (id, date, annee, mois, libelle, total, cree_le) VALUES ($1, $2, $3, $4, $5, $6, $7)", 7);
        var ligne = Commande(db, transaction,
            "INSERT INTO comptabilite_ligne_ecriture (id, ecriture_id, ordre, compte_id, genre, date, debit, credit, fiche_id, unite_allocation_id, dossier_id, type_charge) "
            + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)", 12);
        var maintenant = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        long total = 0;
        foreach (var e in ecritures)
        {
            await LierAsync(entete, Texte(e.Id), Jour(e.Date), e.Date.Year, e.Date.Month, e.Libelle, Decimal(e.Lignes.Sum(l => l.Debit)), maintenant);
            var ordre = 0;
            foreach (var l in e.Lignes)
            {
                await LierAsync(ligne, Texte(Guid.CreateVersion7()), Texte(e.Id), ++ordre, Texte(IdCompte(l.Compte)), l.Genre, Jour(e.Date),
                    Decimal(l.Debit), Decimal(l.Credit), Texte(l.FicheId), Texte(l.UniteAllocationId), Texte(l.DossierId), l.TypeCharge);
                if (++total % 200_000 == 0)
                {
                    await transaction.CommitAsync();
                    transaction = (SqliteTransaction)await db.BeginTransactionAsync();
                    entete.Transaction = transaction;
                    ligne.Transaction = transaction;
                    if (total % 1_000_000 == 0)
                    {
                        Console.Error.WriteLine($"{total} lines");
                    }
                }
            }
        }

        await transaction.CommitAsync();
        await entete.DisposeAsync();
        await ligne.DisposeAsync();
        return total;
    }

    private static SqliteCommand Commande(SqliteConnection db, SqliteTransaction transaction, string sql, int parametres)
    {
        var commande = db.CreateCommand();
        commande.CommandText = sql;
        commande.Transaction = transaction;
        for (var i = 1; i <= parametres; i++)
        {
            commande.Parameters.Add(new SqliteParameter($"${i}", null));
        }

        commande.Prepare();
        return commande;
    }

    private static async Task LierAsync(SqliteCommand commande, params object?[] valeurs)
    {
        for (var i = 0; i < valeurs.Length; i++)
        {
            commande.Parameters[i].Value = valeurs[i] ?? DBNull.Value;
        }

        await commande.ExecuteNonQueryAsync();
    }

    private static string? Texte(Guid? id) => id?.ToString().ToUpperInvariant();

    private static string Decimal(decimal montant) => montant.ToString("0.0###########################", CultureInfo.InvariantCulture);

    private static string Jour(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The default chart's account ids: the same derivation as the module's <c>PlanComptableParDefaut.IdDe</c>.</summary>
    private static Guid IdCompte(string numero) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"socialerp:comptabilite:compte:{numero}")).AsSpan(0, 16));

    private static DbConnection Ouvrir(string provider, string connection) =>
        provider == "PostgreSql" ? new NpgsqlConnection(connection) : new SqliteConnection(connection);

    /// <summary>
    /// The bulk load bypasses the posting path, so Comptabilité's stored monthly balances are recomputed from every
    /// line afterwards (the same statement as the module's RecalculSoldesMensuels, which the migration runs).
    /// </summary>
    private static string SoldesMensuels(bool postgreSql)
    {
        const string aucun = "00000000-0000-0000-0000-000000000000";
        return postgreSql
            ? $"""
               DELETE FROM comptabilite.comptabilite_solde_mensuel;
               INSERT INTO comptabilite.comptabilite_solde_mensuel
                 (fiche_id, unite_allocation_id, compte_id, genre, type_charge, annee, mois, debit_centimes, credit_centimes, nombre_lignes)
               SELECT coalesce(fiche_id, '{aucun}'::uuid), coalesce(unite_allocation_id, '{aucun}'::uuid), compte_id, genre, coalesce(type_charge, ''),
                 extract(year from date)::int, extract(month from date)::int, sum(round(debit * 100))::bigint, sum(round(credit * 100))::bigint, count(*)::int
               FROM comptabilite.comptabilite_ligne_ecriture
               WHERE fiche_id IS NOT NULL OR unite_allocation_id IS NOT NULL
               GROUP BY 1, 2, 3, 4, 5, 6, 7;
               """
            : $"""
               DELETE FROM comptabilite_solde_mensuel;
               INSERT INTO comptabilite_solde_mensuel
                 (fiche_id, unite_allocation_id, compte_id, genre, type_charge, annee, mois, debit_centimes, credit_centimes, nombre_lignes)
               SELECT coalesce(fiche_id, '{aucun}'), coalesce(unite_allocation_id, '{aucun}'), compte_id, genre, coalesce(type_charge, ''),
                 CAST(substr(date, 1, 4) AS INTEGER), CAST(substr(date, 6, 2) AS INTEGER),
                 sum(CAST(round(debit * 100) AS INTEGER)), sum(CAST(round(credit * 100) AS INTEGER)), count(*)
               FROM comptabilite_ligne_ecriture
               WHERE fiche_id IS NOT NULL OR unite_allocation_id IS NOT NULL
               GROUP BY 1, 2, 3, 4, 5, 6, 7;
               """;
    }

    private static async Task ExecuterAsync(DbConnection db, string sql)
    {
        await using var commande = db.CreateCommand();
        commande.CommandText = sql;
        commande.CommandTimeout = 0;
        await commande.ExecuteNonQueryAsync();
    }
}
