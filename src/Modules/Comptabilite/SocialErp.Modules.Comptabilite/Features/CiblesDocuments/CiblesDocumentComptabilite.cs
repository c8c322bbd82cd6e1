using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Ged.Contracts.Cibles;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Comptabilite.Features.CiblesDocuments;

/// <summary>
/// Entries and invoices as GED targets (vouchers, scanned supplier invoices, the debtor's correspondence). A user sees
/// one when they may read the accounts and see what it names, by the same rules as its own routes: an entry, every
/// person and dossier of its lines (<c>GET /ecritures/{id}</c>); a debtor invoice, its debtor; a supplier invoice, one
/// of the dossiers it is split over. A <c>facture</c> id is looked up among debtor invoices, then supplier ones.
/// </summary>
internal sealed class CiblesDocumentComptabilite(ComptabiliteDbContext db, DimensionsVisibles visibles, ICurrentUser user) : IVisibiliteCibles
{
    public IReadOnlyCollection<string> TypesCible { get; } = [Ged.Contracts.Cibles.TypesCible.Ecriture, Ged.Contracts.Cibles.TypesCible.Facture];

    public async Task<bool> EstVisibleAsync(string cibleType, Guid cibleId, CancellationToken cancellationToken)
    {
        if (!user.HasPermission(ComptabilitePermissions.Lire))
        {
            return false;
        }

        return cibleType == Ged.Contracts.Cibles.TypesCible.Ecriture
            ? await EcritureVisibleAsync(cibleId, cancellationToken)
            : await FactureVisibleAsync(cibleId, cancellationToken);
    }

    private async Task<bool> EcritureVisibleAsync(Guid id, CancellationToken cancellationToken)
    {
        var lignes = await db.Lignes.AsNoTracking().Where(l => l.EcritureId == id)
            .Select(l => new DimensionsLigne(l.FicheId, l.DossierId, l.UniteAllocationId))
            .ToListAsync(cancellationToken);
        return lignes.Count > 0 && await visibles.LignesAsync(lignes, cancellationToken);
    }

    private async Task<bool> FactureVisibleAsync(Guid id, CancellationToken cancellationToken)
    {
        var debiteur = await db.FacturesDebiteurs.AsNoTracking().Where(f => f.Id == id).Select(f => (Guid?)f.DebiteurId)
            .FirstOrDefaultAsync(cancellationToken);
        if (debiteur is { } fiche)
        {
            return await visibles.FicheAsync(fiche, cancellationToken);
        }

        var dossiers = await db.FacturesFournisseurs.AsNoTracking().Where(f => f.Id == id)
            .SelectMany(f => f.Repartitions.Select(r => r.DossierId))
            .ToListAsync(cancellationToken);
        return await visibles.UnDossierAsync(dossiers, cancellationToken);
    }
}
