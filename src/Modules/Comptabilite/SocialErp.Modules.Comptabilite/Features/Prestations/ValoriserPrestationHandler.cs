using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Features.Facturation;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Comptabilite.Features.Prestations;

/// <summary>
/// Values a service with the tariff valid on its date and charges it to the dossier: the charge account of its type
/// (debit, with the person, dossier, commune and benefit class) against the internal-charging revenue 4390.
/// </summary>
internal sealed class ValoriserPrestationHandler(
    ComptabiliteDbContext db, Comptabilisation comptabilisation, DimensionsVisibles visibles, DimensionsDossier dimensions,
    IFicheCategories categories, ICurrentUser user, TimeProvider timeProvider)
{
    public async Task<Result<PrestationValorisee>> HandleAsync(PrestationRequest request, CancellationToken cancellationToken)
    {
        var date = request.Date!.Value;
        var dossierId = request.DossierId!.Value;
        if (!await visibles.DossierAsync(dossierId, cancellationToken))
        {
            return ComptabiliteErrors.DossierIntrouvable;
        }

        if (request.FicheId is { } ficheId && !await visibles.FicheAsync(ficheId, cancellationToken))
        {
            return ComptabiliteErrors.FicheIntrouvable;
        }

        if (!await categories.ALaCategorieAsync(request.IntervenantId!.Value, CategoriesFiche.Intervenant, cancellationToken))
        {
            return Error.Validation("intervenantId", "Cette fiche n'existe pas, ne vous est pas visible ou n'est pas un intervenant.");
        }

        var tarifs = await db.Tarifs.AsNoTracking()
            .Where(t => t.TypePrestation == request.TypePrestation && t.ValideDu <= date && (t.ValideAu == null || t.ValideAu >= date))
            .Where(t => request.Tarif == null || t.Code == request.Tarif)
            .ToListAsync(cancellationToken);
        if (tarifs.Count != 1)
        {
            return Error.Validation("tarif", tarifs.Count == 0
                ? $"Aucun tarif {request.Tarif ?? request.TypePrestation} n'est valide le {date:dd.MM.yyyy}."
                : $"Plusieurs tarifs « {request.TypePrestation} » sont valides ce jour : précisez le code du tarif.");
        }

        var tarif = tarifs[0];
        var quantite = Quantite(request, tarif);
        if (!quantite.IsSuccess)
        {
            return quantite.Error!;
        }

        var (typeCharge, compteCharge) = TypesPrestation.Imputations[tarif.TypePrestation];
        var montant = tarif.Valoriser(quantite.Value);
        var (commune, prestation) = await dimensions.DeAsync(dossierId, cancellationToken);
        var libelle = string.IsNullOrWhiteSpace(request.Libelle) ? $"{tarif.Libelle} du {date:dd.MM.yyyy}" : request.Libelle.Trim();
        var saisies = await comptabilisation.ResoudreAsync(
            [
                new LigneEcritureRequest(compteCharge, montant, null, request.FicheId, dossierId, dossierId, commune, prestation, typeCharge, null, libelle),
                new LigneEcritureRequest(TypesPrestation.CompteImputationInterne, null, montant, null, null, null, commune, prestation, null, null, libelle),
            ],
            "lignes",
            cancellationToken);
        if (!saisies.IsSuccess)
        {
            return saisies.Error!;
        }

        var ecriture = await comptabilisation.PasserAsync(date, $"Prestation valorisée — {libelle}", null, null, false, saisies.Value, cancellationToken);
        if (!ecriture.IsSuccess)
        {
            return ecriture.Error!;
        }

        var prestationValorisee = PrestationValorisee.Enregistrer(
            request.IntervenantId.Value, date, request.DureeMinutes, quantite.Value, tarif, dossierId, request.FicheId, libelle,
            request.Refacturable ?? false, ecriture.Value.Id, timeProvider.GetUtcNow().UtcDateTime, user.Id);
        db.PrestationsValorisees.Add(prestationValorisee);
        await db.SaveChangesAsync(cancellationToken);
        return prestationValorisee;
    }

    private static Result<decimal> Quantite(PrestationRequest request, Tarif tarif)
    {
        if (tarif.Unite == UnitesTarif.Heure)
        {
            return request.DureeMinutes is { } minutes
                ? Math.Round(minutes / 60m, 4)
                : Error.Validation("dureeMinutes", $"Le tarif {tarif.Code} est horaire : la durée en minutes est requise.");
        }

        return request.Quantite ?? 1m;
    }
}
