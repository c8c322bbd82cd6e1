using SocialErp.SharedKernel.Time;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Dossiers.Features.Acces;

/// <summary>
/// Who may see a dossier: referents, shares, transfers. Every change publishes the complete access state
/// (<see cref="AccesDossierModifieIntegrationEvent"/>) with a new version.
/// </summary>
internal sealed class AccesHandler(
    DossiersDbContext db,
    ChargementDossier chargement,
    VerificationFiches fiches,
    IAnnuaireOrganisation annuaire,
    ICurrentUser user,
    VisibiliteParService visibilite,
    TimeProvider timeProvider)
{
    public Task<Result<Dossier>> AjouterReferentAsync(Guid id, AjouterReferentRequest request, long? version, CancellationToken cancellationToken) =>
        ModifierAsync(id, version, async dossier =>
        {
            if (!await annuaire.UtilisateurExisteAsync(request.UtilisateurId!.Value, cancellationToken))
            {
                return DossierErrors.UtilisateurIntrouvable;
            }

            if (request.FicheIntervenantId is { } ficheId)
            {
                var verifiee = await fiches.VerifierAsync(ficheId, CategoriesFiche.Intervenant, "ficheIntervenantId", cancellationToken);
                if (!verifiee.IsSuccess)
                {
                    return verifiee;
                }
            }

            var ajout = dossier.AjouterReferent(
                request.UtilisateurId.Value, request.FicheIntervenantId, request.Du ?? timeProvider.Aujourdhui(), request.Principal,
                timeProvider.Maintenant());
            return ajout.IsSuccess ? Result.Success() : ajout.Error!;
        }, cancellationToken);

    public Task<Result<Dossier>> TerminerReferentAsync(Guid id, Guid referentId, long? version, CancellationToken cancellationToken) =>
        ModifierAsync(
            id,
            version,
            dossier => Task.FromResult(dossier.TerminerReferent(referentId, timeProvider.Aujourdhui(), timeProvider.Maintenant())),
            cancellationToken);

    public Task<Result<Dossier>> PartagerAsync(Guid id, PartagerRequest request, long? version, CancellationToken cancellationToken) =>
        ModifierAsync(id, version, async dossier =>
        {
            if (request.UtilisateurId is { } utilisateur && !await annuaire.UtilisateurExisteAsync(utilisateur, cancellationToken))
            {
                return DossierErrors.UtilisateurIntrouvable;
            }

            if (request.ServiceId is { } service && !await annuaire.ServiceExisteAsync(service, cancellationToken))
            {
                return DossierErrors.ServiceIntrouvable;
            }

            dossier.Partager(
                request.UtilisateurId, request.ServiceId, request.Du ?? timeProvider.Aujourdhui(), request.Au, timeProvider.Maintenant(), user.Id);
            return Result.Success();
        }, cancellationToken);

    public Task<Result<Dossier>> RetirerPartageAsync(Guid id, Guid partageId, long? version, CancellationToken cancellationToken) =>
        ModifierAsync(id, version, dossier => Task.FromResult(dossier.RetirerPartage(partageId, timeProvider.Maintenant())), cancellationToken);

    public Task<Result<Dossier>> TransfererAsync(Guid id, TransfererRequest request, long? version, CancellationToken cancellationToken) =>
        ModifierAsync(id, version, async dossier =>
        {
            if (request.ServiceId is { } service && !await annuaire.ServiceExisteAsync(service, cancellationToken))
            {
                return DossierErrors.ServiceIntrouvable;
            }

            if (request.ReferentId is { } referent && !await annuaire.UtilisateurExisteAsync(referent, cancellationToken))
            {
                return DossierErrors.UtilisateurIntrouvable;
            }

            var date = request.Date ?? timeProvider.Aujourdhui();
            var (ancienService, ancienReferent) = dossier.Transferer(request.ServiceId, request.ReferentId, date, timeProvider.Maintenant());
            db.Publish(new DossierTransfereIntegrationEvent(
                dossier.Id, ancienService, dossier.ServiceId, ancienReferent, request.ReferentId ?? ancienReferent, date, request.Message));
            return Result.Success();
        }, cancellationToken);

    private async Task<Result<Dossier>> ModifierAsync(
        Guid id, long? version, Func<Dossier, Task<Result>> changement, CancellationToken cancellationToken)
    {
        var charge = await chargement.PourModifierAsync(id, version, cancellationToken);
        if (!charge.IsSuccess)
        {
            return charge;
        }

        var dossier = charge.Value;
        var applique = await changement(dossier);
        if (!applique.IsSuccess)
        {
            return applique.Error!;
        }

        db.Publish(EvenementsIntegration.Acces(dossier, timeProvider.Aujourdhui(), visibilite));
        await db.SaveChangesAsync(cancellationToken);
        return dossier;
    }
}
