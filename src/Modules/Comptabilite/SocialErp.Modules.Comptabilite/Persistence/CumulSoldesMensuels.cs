using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
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
    // 1 000 parameters a command: SQLite binds a named parameter by scanning the statement's names (see MultiRowInsert).
    private const int LignesParCommande = 100;

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
        var enTete = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", colonnes)}) VALUES ";
        var fin = $" ON CONFLICT ({string.Join(", ", colonnes[..7])}) DO UPDATE SET {cumuls}";

        // Parameters built by each property's own type mapping, so keys compare equal to what EF writes and reads
        // (a Guid is TEXT on SQLite, uuid on PostgreSQL). A command of the connection itself, in the save's transaction:
        // EF's raw SQL path looks each parameter up among those already added (quadratic, 6 % of a budget run's CPU).
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Monthly balances are added to inside the posting's transaction: open one first.");
        await using var commande = transaction.Connection!.CreateCommand();
        commande.Transaction = transaction;
        commande.CommandTimeout = db.Database.GetCommandTimeout() ?? commande.CommandTimeout;
        foreach (var lot in increments.Chunk(LignesParCommande))
        {
            var texte = new StringBuilder(enTete);
            commande.Parameters.Clear();
            foreach (var increment in lot)
            {
                var c = increment.Cle;
                object[] valeurs = [c.FicheId, c.UniteAllocationId, c.CompteId, c.Genre, c.TypeCharge, c.Annee, c.Mois, increment.Debit, increment.Credit, increment.Nombre];
                texte.Append(commande.Parameters.Count == 0 ? "(" : ", (");
                for (var i = 0; i < valeurs.Length; i++)
                {
                    var nom = $"p{commande.Parameters.Count}";
                    commande.Parameters.Add(proprietes[i].GetRelationalTypeMapping().CreateParameter(commande, sql.GenerateParameterName(nom), valeurs[i], nullable: false));
                    texte.Append(i == 0 ? string.Empty : ", ").Append(sql.GenerateParameterNamePlaceholder(nom));
                }

                texte.Append(')');
            }

            texte.Append(fin);
            commande.CommandText = texte.ToString();
            await commande.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
