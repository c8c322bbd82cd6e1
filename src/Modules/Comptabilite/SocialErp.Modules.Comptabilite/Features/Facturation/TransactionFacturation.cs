using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Features.Facturation;

/// <summary>
/// Runs invoicing work in one transaction: the caller's (the Idempotency-Key filter opens one) or a new one,
/// committed only on success, so a refused request leaves neither a number taken nor a half-written invoice.
/// </summary>
internal static class TransactionFacturation
{
    public static async Task<Result<T>> ExecuterAsync<T>(ComptabiliteDbContext db, Func<Task<Result<T>>> travail, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await travail();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var resultat = await travail();
        if (resultat.IsSuccess)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return resultat;
    }
}
