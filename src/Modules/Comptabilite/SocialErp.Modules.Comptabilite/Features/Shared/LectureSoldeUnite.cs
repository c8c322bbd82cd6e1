using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Shared;

/// <summary>
/// Everything a unit's balance at a date reads, in one hand-written statement on the context's connection:
/// <list type="bullet">
/// <item>its membership periods (one row per fiche merged into the member, if any);</item>
/// <item>the stored months of its members and of the fiches merged into them, then the unit's own months not already
/// read as a member's (UNION ALL, not OR: each branch is an index-only range of its covering index);</item>
/// <item>the lines of the months a stored total cannot answer for: those in which a member joins (not on the 1st) or
/// leaves (not on the last day) — the same months as <see cref="PerimetreUniteAllocation.MoisCoupes"/>, derived here
/// from the same periods — and the started month of the date, one index range per (person or unit, month).</item>
/// </list>
/// The members' fiches and the cut months are CTEs over the membership, so nothing waits for it to come back.
/// </summary>
/// <remarks>
/// Written by hand rather than in LINQ because it is the whole database work of the busiest balance: building the
/// LINQ trees, extracting their parameters, looking them up in EF's query cache and materialising through the
/// shaper took about half of the request's host CPU, and the lines took a second round trip. The text is the same
/// for every call, so Npgsql prepares it once per physical connection. Table and column names come from the EF model,
/// parameters from the columns' type mappings (a Guid is TEXT on SQLite): the statement follows the schema the
/// migrations build. Only the month arithmetic differs between the providers.
/// </remarks>
internal static class LectureSoldeUnite
{
    private const int Membre = 0;
    private const int MoisStocke = 1;

    private static readonly ConditionalWeakTable<IModel, string> Textes = new();

    /// <param name="db">The module's context; its connection is opened for the statement and given back.</param>
    /// <param name="dossierId">The unit.</param>
    /// <param name="cleMoisMax">The last whole month, <c>year * 100 + month</c>: stored months up to it are read.</param>
    /// <param name="au">The date: no line after it is read.</param>
    /// <param name="debutMoisEntame">The 1st of the date's month when the date is not its last day, else null.</param>
    /// <param name="cancellationToken">Cancels the statement.</param>
    public static async Task<Lus> LireAsync(
        ComptabiliteDbContext db, Guid dossierId, int cleMoisMax, DateOnly au, DateOnly? debutMoisEntame, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var texte = Textes.GetValue(db.Model, modele => Texte(modele, sql, db.Database.IsSqlite()));
        var lus = new Lus();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var commande = db.Database.GetDbConnection().CreateCommand();
            commande.CommandText = texte;
            commande.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var ligne = db.Model.FindEntityType(typeof(LigneEcriture))!;
            Parametre(commande, sql, db.Model.FindEntityType(typeof(MembreUniteAllocation))!, nameof(MembreUniteAllocation.DossierId), "dossier", dossierId);
            Parametre(commande, sql, db.Model.FindEntityType(typeof(SoldeMensuel))!, nameof(SoldeMensuel.Annee), "cle", cleMoisMax);
            Parametre(commande, sql, ligne, nameof(LigneEcriture.Date), "au", au);
            Parametre(commande, sql, ligne, nameof(LigneEcriture.Date), "entame", debutMoisEntame);
            await using var lecteur = await commande.ExecuteReaderAsync(cancellationToken);
            var membres = new HashSet<Guid>();
            while (await lecteur.ReadAsync(cancellationToken))
            {
                Lire(lecteur, dossierId, membres, lus);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return lus;
    }

    private static void Parametre(DbCommand commande, ISqlGenerationHelper sql, IEntityType entite, string propriete, string nom, object? valeur) =>
        commande.Parameters.Add(entite.FindProperty(propriete)!.GetRelationalTypeMapping()
            .CreateParameter(commande, sql.GenerateParameterName(nom), valeur, nullable: valeur is null));

    // Columns: 0 row kind, 1 member id, 2 period start or line date, 3 period end, 4 merged fiche, 5 fiche, 6 unit,
    // 7 year, 8 month, 9 account, 10 kind of account, 11 charge type, 12–13 stored centimes, 14–15 line amounts. Where a
    // kind of row has no value, 0 stands for a number (a NULL in every earlier branch would make PostgreSQL type it text).
    private static void Lire(DbDataReader ligne, Guid dossierId, HashSet<Guid> membres, Lus lus)
    {
        switch (ligne.GetInt32(0))
        {
            case Membre:
                var ficheId = ligne.GetGuid(5);
                if (membres.Add(ligne.GetGuid(1)))
                {
                    lus.Membres.Add(MembreUniteAllocation.Periode(
                        dossierId, ficheId, string.Empty, ligne.GetFieldValue<DateOnly>(2), ligne.IsDBNull(3) ? null : ligne.GetFieldValue<DateOnly>(3)));
                }

                if (!ligne.IsDBNull(4))
                {
                    lus.Repointages[ligne.GetGuid(4)] = ficheId;
                }

                break;
            case MoisStocke:
                lus.Mois.Add(new MoisLu(
                    ligne.GetGuid(5), ligne.GetGuid(6), ligne.GetInt32(7), ligne.GetInt32(8),
                    Cumul.DeMois(ligne.GetGuid(9), ligne.GetString(10), ligne.GetString(11), ligne.GetInt64(12), ligne.GetInt64(13))));
                break;
            default:
                lus.Lignes.Add(new LigneLue(
                    ligne.GetFieldValue<DateOnly>(2), ligne.IsDBNull(5) ? null : ligne.GetGuid(5), ligne.IsDBNull(6) ? null : ligne.GetGuid(6),
                    new Cumul(ligne.GetGuid(9), ligne.GetString(10), ligne.IsDBNull(11) ? null : ligne.GetString(11), ligne.GetDecimal(14), ligne.GetDecimal(15))));
                break;
        }
    }

    private static string Texte(IModel model, ISqlGenerationHelper sql, bool sqlite)
    {
        var m = Table<MembreUniteAllocation>(model, sql);
        var r = Table<Repointage>(model, sql);
        var s = Table<SoldeMensuel>(model, sql);
        var l = Table<LigneEcriture>(model, sql);
        var dossier = sql.GenerateParameterNamePlaceholder("dossier");
        var cle = sql.GenerateParameterNamePlaceholder("cle");
        var au = sql.GenerateParameterNamePlaceholder("au");
        var entame = sql.GenerateParameterNamePlaceholder("entame");
        var mois = Mois.Pour(sqlite);
        var (mFiche, mDossier) = (m[nameof(MembreUniteAllocation.FicheId)], m[nameof(MembreUniteAllocation.DossierId)]);
        var colonnesMois = string.Join(", ", new[]
        {
            nameof(SoldeMensuel.FicheId), nameof(SoldeMensuel.UniteAllocationId), nameof(SoldeMensuel.Annee), nameof(SoldeMensuel.Mois),
            nameof(SoldeMensuel.CompteId), nameof(SoldeMensuel.Genre), nameof(SoldeMensuel.TypeCharge),
            nameof(SoldeMensuel.DebitCentimes), nameof(SoldeMensuel.CreditCentimes),
        }.Select(p => $"s.{s[p]}"));
        var jusquA = $"s.{s[nameof(SoldeMensuel.Annee)]} * 100 + s.{s[nameof(SoldeMensuel.Mois)]} <= {cle}";
        var colonnesLigne = string.Join(", ", new[]
        {
            nameof(LigneEcriture.Date), null, null, nameof(LigneEcriture.FicheId), nameof(LigneEcriture.UniteAllocationId), "0", "0",
            nameof(LigneEcriture.CompteId), nameof(LigneEcriture.Genre), nameof(LigneEcriture.TypeCharge), "0", "0",
            nameof(LigneEcriture.Debit), nameof(LigneEcriture.Credit),
        }.Select(p => p switch { null => "null", "0" => "0", _ => $"l.{l[p]}" }));
        var date = $"l.{l[nameof(LigneEcriture.Date)]}";
        var dansUnMois = $"{date} >= c.debut and {date} < {mois.Suivant("c.debut")} and {date} <= {au}";

        // The CTEs read the membership once; the cut months' row estimate lets the planner read the lines by one index
        // range per (person or unit, month) rather than all of a unit's lines.
        return $"""
            with membres as (
              select m.{m[nameof(MembreUniteAllocation.Id)]} as id, m.{m[nameof(MembreUniteAllocation.Du)]} as du, m.{m[nameof(MembreUniteAllocation.Au)]} as au,
                m.{mFiche} as fiche, r.{r[nameof(Repointage.AbsorbeeId)]} as absorbee
              from {m.Nom} m left join {r.Nom} r on r.{r[nameof(Repointage.ConserveeId)]} = m.{mFiche}
              where m.{mDossier} = {dossier}),
            fiches as (select fiche from membres union select absorbee from membres where absorbee is not null),
            coupes as (
              select {mois.Debut("du")} as debut from membres where {mois.PasPremierJour("du")}
              union select {mois.Debut("au")} from membres where au is not null and {mois.PasDernierJour("au")}
              union select {mois.Date(entame)} where {entame} is not null)
            select {Membre}, id, du, au, absorbee, fiche, null, 0, 0, null, null, null, 0, 0, 0, 0 from membres
            union all
            select {MoisStocke}, null, null, null, null, {colonnesMois}, 0, 0
            from {s.Nom} s
            where s.{s[nameof(SoldeMensuel.FicheId)]} in (select fiche from fiches) and {jusquA}
            union all
            select {MoisStocke}, null, null, null, null, {colonnesMois}, 0, 0
            from {s.Nom} s
            where s.{s[nameof(SoldeMensuel.UniteAllocationId)]} = {dossier} and s.{s[nameof(SoldeMensuel.FicheId)]} not in (select fiche from fiches) and {jusquA}
            union all
            select 2, null, {colonnesLigne}
            from coupes c join {l.Nom} l on {dansUnMois}
            where l.{l[nameof(LigneEcriture.FicheId)]} in (select fiche from fiches)
            union all
            select 2, null, {colonnesLigne}
            from coupes c join {l.Nom} l on {dansUnMois}
            where l.{l[nameof(LigneEcriture.UniteAllocationId)]} = {dossier}
              and (l.{l[nameof(LigneEcriture.FicheId)]} is null or l.{l[nameof(LigneEcriture.FicheId)]} not in (select fiche from fiches))
            """;
    }

    private static NomsTable Table<T>(IModel model, ISqlGenerationHelper sql)
    {
        var entite = model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entite.GetTableName()!, entite.GetSchema());
        return new NomsTable(sql.DelimitIdentifier(table.Name, table.Schema), p => sql.DelimitIdentifier(entite.FindProperty(p)!.GetColumnName(table)!));
    }

    private sealed record NomsTable(string Nom, Func<string, string> Colonne)
    {
        public string this[string propriete] => Colonne(propriete);
    }

    /// <summary>Month arithmetic on a date column or parameter, in each provider's SQL (SQLite keeps dates as ISO text).</summary>
    private sealed record Mois(Func<string, string> Debut, Func<string, string> Suivant, Func<string, string> PasPremierJour, Func<string, string> PasDernierJour, Func<string, string> Date)
    {
        public static Mois Pour(bool sqlite) => sqlite
            ? new Mois(
                d => $"date({d}, 'start of month')",
                d => $"date({d}, '+1 month')",
                d => $"strftime('%d', {d}) <> '01'",
                d => $"strftime('%d', {d}, '+1 day') <> '01'",
                d => d)
            : new Mois(
                d => $"cast(date_trunc('month', cast({d} as timestamp)) as date)",
                d => $"cast({d} + interval '1 month' as date)",
                d => $"extract(day from {d}) <> 1",
                d => $"extract(day from {d} + 1) <> 1",
                d => $"cast({d} as date)");
    }

    /// <summary>A stored monthly balance: its person (<see cref="Guid.Empty"/> if none), unit, month and amounts.</summary>
    public sealed record MoisLu(Guid FicheId, Guid UniteAllocationId, int Annee, int Mois, Cumul Cumul);

    /// <summary>A line of a month the stored totals cannot answer for.</summary>
    public sealed record LigneLue(DateOnly Date, Guid? FicheId, Guid? UniteAllocationId, Cumul Cumul);

    /// <summary>What the statement brings back: membership periods, merged fiches (absorbed → kept), stored months, lines.</summary>
    public sealed class Lus
    {
        public List<MembreUniteAllocation> Membres { get; } = [];

        public Dictionary<Guid, Guid> Repointages { get; } = [];

        public List<MoisLu> Mois { get; } = [];

        public List<LigneLue> Lignes { get; } = [];
    }
}
