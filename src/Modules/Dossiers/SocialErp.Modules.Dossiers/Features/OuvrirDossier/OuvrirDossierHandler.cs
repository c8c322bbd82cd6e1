using SocialErp.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Dossiers.Features.OuvrirDossier;

internal sealed class OuvrirDossierHandler(
    DossiersDbContext db,
    VerificationFiches fiches,
    IAnnuaireOrganisation annuaire,
    ICurrentUser user,
    VisibiliteParService visibilite,
    NumerotationDossiers numerotation,
    TimeProvider timeProvider)
{
    private const int Tentatives = 3;

    public async Task<Result<Dossier>> HandleAsync(OuvrirDossierRequest request, CancellationToken cancellationToken)
    {
        var verification = await VerifierAsync(request, cancellationToken);
        if (!verification.IsSuccess)
        {
            return verification.Error!;
        }

        // Two openings may take the same sequence number: the counter's concurrency token refuses the second,
        // which then takes the next number.
        for (var tentative = 1; ; tentative++)
        {
            try
            {
                return await OuvrirAsync(request, cancellationToken);
            }
            catch (DbUpdateException) when (tentative < Tentatives)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<Result> VerifierAsync(OuvrirDossierRequest request, CancellationToken cancellationToken)
    {
        if (!await db.Prestations.AnyAsync(p => p.Code == request.Prestation && p.Active, cancellationToken))
        {
            return DossierErrors.PrestationInconnue(request.Prestation!);
        }

        if (request.ServiceId is { } service && service != user.ServiceId && !await annuaire.ServiceExisteAsync(service, cancellationToken))
        {
            return DossierErrors.ServiceIntrouvable;
        }

        if (request.ReferentId is { } referent && referent != user.Id && !await annuaire.UtilisateurExisteAsync(referent, cancellationToken))
        {
            return DossierErrors.UtilisateurIntrouvable;
        }

        for (var i = 0; i < request.Fiches!.Count; i++)
        {
            var membre = request.Fiches[i];
            var verifiee = await fiches.VerifierAsync(
                membre.FicheId!.Value, VerificationFiches.CategorieRequise(membre.Role!), $"fiches[{i}].ficheId", cancellationToken);
            if (!verifiee.IsSuccess)
            {
                return verifiee;
            }
        }

        return Result.Success();
    }

    private async Task<Result<Dossier>> OuvrirAsync(OuvrirDossierRequest request, CancellationToken cancellationToken)
    {
        var maintenant = timeProvider.Maintenant();
        var numero = await numerotation.SuivantAsync(maintenant.Year, cancellationToken);
        var dossier = Dossier.Ouvrir(
            numero,
            new DonneesDossier(request.Nom!.Trim(), request.Description, request.Prestation!, request.CommuneDomicile),
            request.Fiches!.Select(m => new MembreSaisi(m.FicheId!.Value, m.Role!)).ToList(),
            request.DateOuverture ?? timeProvider.Jour(maintenant),
            request.ServiceId ?? user.ServiceId,
            request.ReferentId ?? user.Id,
            maintenant,
            user.Id);
        db.Dossiers.Add(dossier);
        foreach (var evenement in EvenementsIntegration.Ouverture(dossier, timeProvider.Jour(maintenant), visibilite))
        {
            db.Publish(evenement);
        }
        await db.SaveChangesAsync(cancellationToken);
        return dossier;
    }
}
