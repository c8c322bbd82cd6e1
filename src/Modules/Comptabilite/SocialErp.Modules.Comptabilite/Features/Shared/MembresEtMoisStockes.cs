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
/// A unit's membership periods (one row per fiche merged into the member, if any) and the stored months of its
/// members, of the fiches merged into them and of the unit itself, in one hand-written statement on the context's
/// connection. The unit's own months exclude those already read as a member's (UNION ALL, not OR: each branch is an
/// index-only range of its covering index instead of a bitmap over scattered heap pages); the members' fiches are a
/// subquery, so nothing waits for the membership to come back.
/// </summary>
/// <remarks>
/// Written by hand rather than in LINQ because it is the whole database work of the busiest balance: building the
/// LINQ tree, extracting its parameters, looking it up in EF's query cache and materialising through the shaper
/// took about a third of the request's host CPU. The text is the same for every call (two parameters), so Npgsql
/// prepares it once per physical connection. Table and column names come from the EF model, parameters from the
/// columns' type mappings (a Guid is TEXT on SQLite): the statement follows the schema the migrations build.
/// </remarks>
internal static class MembresEtMoisStockes
{
    private static readonly ConditionalWeakTable<IModel, string> Textes = new();

    public static async Task<Lus> LireAsync(ComptabiliteDbContext db, Guid dossierId, int cleMoisMax, CancellationToken cancellationToken)
    {
        var membre = db.Model.FindEntityType(typeof(MembreUniteAllocation))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        var texte = Textes.GetValue(db.Model, _ => Texte(db.Model, sql));
        var lus = new Lus();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var commande = db.Database.GetDbConnection().CreateCommand();
            commande.CommandText = texte;
            commande.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            commande.Parameters.Add(membre.FindProperty(nameof(MembreUniteAllocation.DossierId))!.GetRelationalTypeMapping()
                .CreateParameter(commande, sql.GenerateParameterName("dossier"), dossierId, nullable: false));
            commande.Parameters.Add(db.Model.FindEntityType(typeof(SoldeMensuel))!.FindProperty(nameof(SoldeMensuel.Annee))!.GetRelationalTypeMapping()
                .CreateParameter(commande, sql.GenerateParameterName("cle"), cleMoisMax, nullable: false));
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

    private static void Lire(DbDataReader ligne, Guid dossierId, HashSet<Guid> membres, Lus lus)
    {
        var ficheId = ligne.GetGuid(4);
        if (!ligne.IsDBNull(0))
        {
            if (membres.Add(ligne.GetGuid(0)))
            {
                lus.Membres.Add(MembreUniteAllocation.Periode(
                    dossierId, ficheId, string.Empty, ligne.GetFieldValue<DateOnly>(1), ligne.IsDBNull(2) ? null : ligne.GetFieldValue<DateOnly>(2)));
            }

            if (!ligne.IsDBNull(3))
            {
                lus.Repointages[ligne.GetGuid(3)] = ficheId;
            }

            return;
        }

        lus.Mois.Add(new MoisStocke(
            ficheId, ligne.GetGuid(5), ligne.GetInt32(6), ligne.GetInt32(7),
            Cumul.DeMois(ligne.GetGuid(8), ligne.GetString(9), ligne.GetString(10), ligne.GetInt64(11), ligne.GetInt64(12))));
    }

    private static string Texte(IModel model, ISqlGenerationHelper sql)
    {
        var m = Table<MembreUniteAllocation>(model, sql);
        var r = Table<Repointage>(model, sql);
        var s = Table<SoldeMensuel>(model, sql);
        var dossier = sql.GenerateParameterNamePlaceholder("dossier");
        var cle = sql.GenerateParameterNamePlaceholder("cle");
        var fichesDesMembres =
            $"select m2.{m[nameof(MembreUniteAllocation.FicheId)]} from {m.Nom} m2 where m2.{m[nameof(MembreUniteAllocation.DossierId)]} = {dossier} "
            + $"union all select r2.{r[nameof(Repointage.AbsorbeeId)]} from {r.Nom} r2 where exists (select 1 from {m.Nom} m3 "
            + $"where m3.{m[nameof(MembreUniteAllocation.DossierId)]} = {dossier} and m3.{m[nameof(MembreUniteAllocation.FicheId)]} = r2.{r[nameof(Repointage.ConserveeId)]})";
        var colonnesMois = string.Join(", ", new[]
        {
            nameof(SoldeMensuel.FicheId), nameof(SoldeMensuel.UniteAllocationId), nameof(SoldeMensuel.Annee), nameof(SoldeMensuel.Mois),
            nameof(SoldeMensuel.CompteId), nameof(SoldeMensuel.Genre), nameof(SoldeMensuel.TypeCharge),
            nameof(SoldeMensuel.DebitCentimes), nameof(SoldeMensuel.CreditCentimes),
        }.Select(p => $"s.{s[p]}"));
        var jusquA = $"s.{s[nameof(SoldeMensuel.Annee)]} * 100 + s.{s[nameof(SoldeMensuel.Mois)]} <= {cle}";
        return $"""
            select m.{m[nameof(MembreUniteAllocation.Id)]}, m.{m[nameof(MembreUniteAllocation.Du)]}, m.{m[nameof(MembreUniteAllocation.Au)]}, r.{r[nameof(Repointage.AbsorbeeId)]}, m.{m[nameof(MembreUniteAllocation.FicheId)]}, null, 0, 0, null, null, null, 0, 0
            from {m.Nom} m left join {r.Nom} r on r.{r[nameof(Repointage.ConserveeId)]} = m.{m[nameof(MembreUniteAllocation.FicheId)]}
            where m.{m[nameof(MembreUniteAllocation.DossierId)]} = {dossier}
            union all
            select null, null, null, null, {colonnesMois}
            from {s.Nom} s
            where s.{s[nameof(SoldeMensuel.FicheId)]} in ({fichesDesMembres}) and {jusquA}
            union all
            select null, null, null, null, {colonnesMois}
            from {s.Nom} s
            where s.{s[nameof(SoldeMensuel.UniteAllocationId)]} = {dossier} and s.{s[nameof(SoldeMensuel.FicheId)]} not in ({fichesDesMembres}) and {jusquA}
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

    /// <summary>A stored monthly balance: its person (<see cref="Guid.Empty"/> if none), unit, month and amounts.</summary>
    public sealed record MoisStocke(Guid FicheId, Guid UniteAllocationId, int Annee, int Mois, Cumul Cumul);

    /// <summary>What the statement brings back: membership periods, merged fiches (absorbed → kept), stored months.</summary>
    public sealed class Lus
    {
        public List<MembreUniteAllocation> Membres { get; } = [];

        public Dictionary<Guid, Guid> Repointages { get; } = [];

        public List<MoisStocke> Mois { get; } = [];
    }
}
