using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Facturation;

/// <summary>
/// Gap-free invoice numbers per year. The counter row is created if missing, then incremented by one atomic
/// <c>UPDATE … RETURNING</c> inside the caller's transaction: on PostgreSQL the row lock makes concurrent issuers
/// wait for each other, on SQLite the transaction already holds the single write lock. The number is only used if
/// the invoice commits with it; a rollback gives it back, so no number is lost or given twice.
/// </summary>
internal sealed class NumerotationFactures(ComptabiliteDbContext db)
{
    public async Task<NumeroFacture> SuivantAsync(int annee, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Invoice numbers are taken inside the transaction that saves the invoice.");
        var entite = db.Model.FindEntityType(typeof(CompteurFacture))!;
        var table = db.GetService<ISqlGenerationHelper>().DelimitIdentifier(entite.GetTableName()!, entite.GetSchema());
        var connexion = db.Database.GetDbConnection();
        await using (var creer = Commande(connexion, transaction, $"insert into {table} (annee, dernier) values (@annee, 0) on conflict (annee) do nothing", annee))
        {
            await creer.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var suivant = Commande(connexion, transaction, $"update {table} set dernier = dernier + 1 where annee = @annee returning dernier", annee);
        var dernier = Convert.ToInt32(await suivant.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return new NumeroFacture(annee, dernier);
    }

    private static DbCommand Commande(DbConnection connexion, IDbContextTransaction transaction, string sql, int annee)
    {
        var commande = connexion.CreateCommand();
        commande.CommandText = sql;
        commande.Transaction = transaction.GetDbTransaction();
        var parametre = commande.CreateParameter();
        parametre.ParameterName = "@annee";
        parametre.Value = annee;
        commande.Parameters.Add(parametre);
        return commande;
    }
}
