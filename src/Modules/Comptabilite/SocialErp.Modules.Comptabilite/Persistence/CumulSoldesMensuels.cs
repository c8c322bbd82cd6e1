using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Comptabilite.Domain;

namespace SocialErp.Modules.Comptabilite.Persistence;

/// <summary>
/// Adds newly posted lines to the stored monthly balances with one upsert per batch of keys
/// (<c>INSERT … ON CONFLICT … DO UPDATE SET x = x + excluded.x</c>, the same text on PostgreSQL and SQLite): the
/// increment happens in the database, so concurrent postings on the same key add up instead of overwriting each
/// other, and keys are written in one order so two transactions never lock them crosswise.
/// </summary>
internal static class CumulSoldesMensuels
{
    public sealed record Increment(CleSoldeMensuel Cle, long Debit, long Credit, int Nombre);

    public static List<Increment> Increments(IEnumerable<LigneEcriture> lignes) =>
        lignes
            .Select(l => (Cle: SoldeMensuel.Cle(l), Ligne: l))
            .Where(x => x.Cle is not null)
            .GroupBy(x => x.Cle!.Value)
            .Select(g => new Increment(
                g.Key, g.Sum(x => SoldeMensuel.Centimes(x.Ligne.Debit)), g.Sum(x => SoldeMensuel.Centimes(x.Ligne.Credit)), g.Count()))
            .OrderBy(i => i.Cle)
            .ToList();

    public static async Task AppliquerAsync(DbContext db, IReadOnlyList<Increment> increments, CancellationToken cancellationToken)
    {
        using var command = new MultiRowCommand(db);
        Ajouter(command, db, increments);
        await command.ExecuteAsync(cancellationToken);
    }

    /// <summary>Adds the upsert to a command the caller sends with the rest of its save.</summary>
    public static void Ajouter(MultiRowCommand command, DbContext db, IReadOnlyList<Increment> increments)
    {
        var entite = db.Model.FindEntityType(typeof(SoldeMensuel))!;
        var table = StoreObjectIdentifier.Table(entite.GetTableName()!, entite.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var proprietes = new[]
        {
            nameof(SoldeMensuel.FicheId), nameof(SoldeMensuel.UniteAllocationId), nameof(SoldeMensuel.CompteId), nameof(SoldeMensuel.Genre),
            nameof(SoldeMensuel.TypeCharge), nameof(SoldeMensuel.Annee), nameof(SoldeMensuel.Mois),
            nameof(SoldeMensuel.DebitCentimes), nameof(SoldeMensuel.CreditCentimes), nameof(SoldeMensuel.NombreLignes),
        }.Select(entite.FindProperty).Select(p => p!).ToArray();
        var colonnes = proprietes.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)).ToArray();
        var nomTable = sql.DelimitIdentifier(table.Name);
        var cumuls = string.Join(", ", colonnes[7..].Select(c => $"{c} = {nomTable}.{c} + excluded.{c}"));
        var lignes = increments.Select(i => new object?[]
            { i.Cle.FicheId, i.Cle.UniteAllocationId, i.Cle.CompteId, i.Cle.Genre, i.Cle.TypeCharge, i.Cle.Annee, i.Cle.Mois, i.Debit, i.Credit, i.Nombre });
        command.Add(entite, proprietes, lignes, $" ON CONFLICT ({string.Join(", ", colonnes[..7])}) DO UPDATE SET {cumuls}");
    }
}
