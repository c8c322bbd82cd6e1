using SocialErp.SharedKernel.Time;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.OuvrirDossier;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Features.Membres;

/// <summary>
/// Adds and removes member fiches. A new member does not enter the allocation unit by itself (that is a dated
/// decision: <c>PUT unite-allocation</c>); a second requérant is refused.
/// </summary>
internal sealed class MembresHandler(
    DossiersDbContext db, ChargementDossier chargement, VerificationFiches fiches, VisibiliteParService visibilite, TimeProvider timeProvider)
{
    public async Task<Result<Dossier>> AjouterAsync(Guid id, MembreRequest request, long? version, CancellationToken cancellationToken)
    {
        var charge = await chargement.PourModifierAsync(id, version, cancellationToken);
        if (!charge.IsSuccess)
        {
            return charge.Error!;
        }

        var dossier = charge.Value;
        if (request.Role == RolesMembre.Requerant && dossier.Membres.Any(m => m.Role == RolesMembre.Requerant))
        {
            return Error.Validation("role", "Le dossier a déjà un requérant.");
        }

        var verifiee = await fiches.VerifierAsync(
            request.FicheId!.Value, VerificationFiches.CategorieRequise(request.Role!), "ficheId", cancellationToken);
        if (!verifiee.IsSuccess)
        {
            return verifiee.Error!;
        }

        var maintenant = timeProvider.Maintenant();
        var ajout = dossier.AjouterMembre(new MembreSaisi(request.FicheId.Value, request.Role!), maintenant);
        if (!ajout.IsSuccess)
        {
            return ajout.Error!;
        }

        db.Publish(EvenementsIntegration.Acces(dossier, timeProvider.Aujourdhui(), visibilite));
        await db.SaveChangesAsync(cancellationToken);
        return dossier;
    }

    public async Task<Result<Dossier>> RetirerAsync(Guid id, Guid ficheId, long? version, CancellationToken cancellationToken)
    {
        var charge = await chargement.PourModifierAsync(id, version, cancellationToken);
        if (!charge.IsSuccess)
        {
            return charge.Error!;
        }

        var dossier = charge.Value;
        var retrait = dossier.RetirerMembre(ficheId, timeProvider.Maintenant());
        if (!retrait.IsSuccess)
        {
            return retrait.Error!;
        }

        db.Publish(EvenementsIntegration.Acces(dossier, timeProvider.Aujourdhui(), visibilite));
        await db.SaveChangesAsync(cancellationToken);
        return dossier;
    }
}
