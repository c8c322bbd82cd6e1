using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.Features.Facturation;

/// <summary>
/// Credit notes (an invoice of its own, numbered in the same series, posting revenue against the receivable) and
/// dunning letters (next level, new deadline) on an invoice the caller may see.
/// </summary>
internal sealed class AvoirsRappelsHandler(
    ComptabiliteDbContext db, EmissionFactures emission, DimensionsVisibles visibles, IOptions<FacturationOptions> options, ICurrentUser user,
    TimeProvider timeProvider)
{
    public async Task<Result<FactureDebiteur>> TrouverAsync(Guid id, CancellationToken cancellationToken)
    {
        var facture = await db.FacturesDebiteurs.Include(f => f.Lignes).Include(f => f.Rappels).AsSplitQuery()
            .FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        return facture is not null && await visibles.FicheAsync(facture.DebiteurId, cancellationToken) ? facture : FacturationErrors.FactureIntrouvable;
    }

    public async Task<Result<FactureDebiteur>> CrediterAsync(Guid id, AvoirRequest request, CancellationToken cancellationToken)
    {
        var trouvee = await TrouverAsync(id, cancellationToken);
        if (!trouvee.IsSuccess)
        {
            return trouvee;
        }

        var facture = trouvee.Value;
        var montant = request.Montant ?? facture.Solde;
        var lignes = facture.Lignes.OrderBy(l => l.Ordre).ToList();
        var parts = Repartition.ProRata(lignes.Select(l => l.Montant).ToList(), montant);
        var lignesAvoir = lignes.Select((l, i) => new LigneFactureSaisie(
                $"Avoir sur {facture.Numero} : {request.Motif!.Trim()}", 1m, parts[i], parts[i], l.CompteRevenu, l.FicheId, l.DossierId,
                CommuneDomicile: l.CommuneDomicile, Prestation: l.Prestation))
            .Where(l => l.Montant != 0)
            .ToList();
        return await TransactionFacturation.ExecuterAsync(db, async () =>
        {
            var avoir = await emission.CrediterAsync(facture, request.Date ?? timeProvider.Aujourdhui(), request.Motif, lignesAvoir, cancellationToken);
            if (!avoir.IsSuccess)
            {
                return avoir;
            }

            await db.SaveChangesAsync(cancellationToken);
            return avoir;
        }, cancellationToken);
    }

    public async Task<Result<FactureDebiteur>> RappelerAsync(Guid id, RappelRequest request, CancellationToken cancellationToken)
    {
        var trouvee = await TrouverAsync(id, cancellationToken);
        if (!trouvee.IsSuccess)
        {
            return trouvee;
        }

        var facture = trouvee.Value;
        if (facture.AvoirDe is not null || facture.Solde <= 0)
        {
            return FacturationErrors.FactureSoldee;
        }

        var date = request.Date ?? timeProvider.Aujourdhui();
        var delai = facture.Rappels.Count == 0 ? facture.Echeance : facture.Rappels.Max(r => r.Delai);
        if (date <= delai)
        {
            return FacturationErrors.RappelPrematuree;
        }

        facture.Rappeler(date, date.AddDays(options.Value.DelaiRappelJours), user.Id);
        await db.SaveChangesAsync(cancellationToken);
        return facture;
    }
}
