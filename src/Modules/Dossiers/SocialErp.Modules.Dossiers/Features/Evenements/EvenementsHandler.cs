using SocialErp.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Dossiers.Features.Evenements;

/// <summary>
/// Records typed events and applies their effects in the same transaction: status and billing (each only when no
/// later-dated event already set it, so a retroactive event does not override a later one), due dates and
/// attestation requests, all published in <see cref="EvenementDossierEnregistreIntegrationEvent"/>.
/// </summary>
internal sealed class EvenementsHandler(DossiersDbContext db, ChargementDossier chargement, ICurrentUser user, TimeProvider timeProvider)
{
    public async Task<Result<EvenementDossier>> EnregistrerAsync(Guid dossierId, EvenementRequest request, CancellationToken cancellationToken)
    {
        var charge = await chargement.PourModifierAsync(dossierId, null, cancellationToken);
        return charge.IsSuccess ? await EnregistrerSurAsync(charge.Value, request, cancellationToken) : charge.Error!;
    }

    /// <summary>Records on a dossier already loaded (tracked) and checked by the caller: the API, or demo data.</summary>
    public async Task<Result<EvenementDossier>> EnregistrerSurAsync(Dossier dossier, EvenementRequest request, CancellationToken cancellationToken)
    {
        var type = await db.TypesEvenements.FirstOrDefaultAsync(t => t.Code == request.Type && t.Actif, cancellationToken);
        if (type is null)
        {
            return EvenementErrors.TypeInconnu(request.Type!);
        }

        if (!type.EstDisponiblePour(dossier.Prestation))
        {
            return EvenementErrors.HorsPrestation(type.Code, dossier.Prestation);
        }

        var champs = request.Champs ?? new Dictionary<string, string>();
        var verification = Verifier(type, request.Motif, champs);
        if (!verification.IsSuccess)
        {
            return verification.Error!;
        }

        if (type.NouveauStatut is not null && Dossier.EstFerme(dossier.Statut))
        {
            return EvenementErrors.DossierClos;
        }

        var maintenant = timeProvider.Maintenant();
        var date = request.Date ?? timeProvider.Jour(maintenant);
        var evenement = EvenementDossier.Enregistrer(
            dossier.Id, type, date, dossier.ProchainOrdreEvenement(), request.Commentaire, request.Motif, champs, maintenant, user.Id);
        db.Evenements.Add(evenement);

        var statut = await AppliquerStatutAsync(dossier, type, evenement, cancellationToken);
        var facturation = await AppliquerFacturationAsync(dossier, type, evenement, cancellationToken);

        evenement.EffetsAppliques(statut, facturation);
        db.Publish(new EvenementDossierEnregistreIntegrationEvent(
            dossier.Id,
            evenement.Id,
            type.Code,
            type.Libelle,
            date,
            request.Commentaire,
            request.Motif,
            statut,
            facturation,
            type.Echeances.Select(e => new EcheanceDemandee(date.AddDays(e.DelaiJours), e.Action, null)).ToList(),
            type.AttestationModele));
        await db.SaveChangesAsync(cancellationToken);
        return evenement;
    }

    public async Task<Result<EvenementDossier>> CorrigerAsync(
        Guid dossierId, Guid evenementId, CorrectionEvenementRequest request, long? version, CancellationToken cancellationToken)
    {
        var charge = await ChargerAsync(dossierId, evenementId, version, cancellationToken);
        if (!charge.IsSuccess)
        {
            return charge;
        }

        var evenement = charge.Value;
        var type = await db.TypesEvenements.AsNoTracking().FirstOrDefaultAsync(t => t.Code == evenement.TypeCode, cancellationToken);
        var champs = request.Champs ?? new Dictionary<string, string>();
        if (type is not null)
        {
            var verification = Verifier(type, request.Motif, champs);
            if (!verification.IsSuccess)
            {
                return verification.Error!;
            }
        }

        evenement.Corriger(request.Date!.Value, request.Commentaire, request.Motif, champs, timeProvider.Maintenant(), user.Id);
        await db.SaveChangesAsync(cancellationToken);
        return evenement;
    }

    public async Task<Result<EvenementDossier>> SupprimerAsync(Guid dossierId, Guid evenementId, long? version, CancellationToken cancellationToken)
    {
        var charge = await ChargerAsync(dossierId, evenementId, version, cancellationToken);
        if (!charge.IsSuccess)
        {
            return charge;
        }

        db.Evenements.Remove(charge.Value);
        await db.SaveChangesAsync(cancellationToken);
        return charge.Value;
    }

    private async Task<string?> AppliquerStatutAsync(Dossier dossier, TypeEvenement type, EvenementDossier evenement, CancellationToken cancellationToken)
    {
        if (type.NouveauStatut is null)
        {
            return null;
        }

        var date = evenement.Date;
        var plusRecent = await db.Evenements.AnyAsync(
            e => e.DossierId == dossier.Id && e.StatutApplique != null && e.Date > date, cancellationToken);
        if (plusRecent)
        {
            return null;
        }

        var changement = dossier.AppliquerStatutEvenement(type.NouveauStatut, date, evenement.Motif, timeProvider.Maintenant(), user.Id);
        if (changement is not null)
        {
            db.Publish(EvenementsIntegration.Statut(changement));
        }

        return type.NouveauStatut;
    }

    private async Task<bool?> AppliquerFacturationAsync(Dossier dossier, TypeEvenement type, EvenementDossier evenement, CancellationToken cancellationToken)
    {
        if (type.BloqueFacturation is not { } bloque)
        {
            return null;
        }

        var date = evenement.Date;
        if (await db.Evenements.AnyAsync(e => e.DossierId == dossier.Id && e.FacturationBloquee != null && e.Date > date, cancellationToken))
        {
            return null;
        }

        if (dossier.DefinirFacturation(bloque))
        {
            db.Publish(new FacturationDossierModifieeIntegrationEvent(dossier.Id, bloque, date, evenement.Motif ?? type.Libelle));
        }

        return bloque;
    }

    private async Task<Result<EvenementDossier>> ChargerAsync(Guid dossierId, Guid evenementId, long? version, CancellationToken cancellationToken)
    {
        var dossier = await chargement.PourModifierAsync(dossierId, null, cancellationToken);
        if (!dossier.IsSuccess)
        {
            return dossier.Error!;
        }

        var evenement = await db.Evenements.FirstOrDefaultAsync(e => e.Id == evenementId && e.DossierId == dossierId, cancellationToken);
        if (evenement is null)
        {
            return EvenementErrors.Introuvable;
        }

        var versionOk = ETags.Check(version, evenement.Version);
        return versionOk.IsSuccess ? evenement : versionOk.Error!;
    }

    private static Result Verifier(TypeEvenement type, string? motif, IReadOnlyDictionary<string, string> champs)
    {
        if (type.MotifRequis && string.IsNullOrWhiteSpace(motif))
        {
            return EvenementErrors.MotifRequis(type.Libelle);
        }

        var erreurs = new Dictionary<string, string[]>();
        foreach (var champ in type.Champs.Where(c => c.Requis && (!champs.TryGetValue(c.Code, out var v) || string.IsNullOrWhiteSpace(v))))
        {
            erreurs[$"champs.{champ.Code}"] = [$"« {champ.Libelle} » est obligatoire pour ce type d'événement."];
        }

        foreach (var inconnu in champs.Keys.Where(k => type.Champs.All(c => c.Code != k)))
        {
            erreurs[$"champs.{inconnu}"] = ["Ce type d'événement n'a pas ce champ."];
        }

        return erreurs.Count == 0 ? Result.Success() : EvenementErrors.Champs(erreurs);
    }
}
