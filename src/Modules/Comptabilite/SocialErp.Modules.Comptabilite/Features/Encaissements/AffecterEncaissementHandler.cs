using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Features.Facturation;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.Features.Encaissements;

/// <summary>
/// Manual assignment: part or all of what a payment left in clearing goes to an invoice (at most what is still due on
/// it), posted clearing → receivable. Concurrent assignments of the same payment or invoice meet on their versions.
/// </summary>
internal sealed class AffecterEncaissementHandler(
    ComptabiliteDbContext db, Comptabilisation comptabilisation, ImputationsEncaissement imputations, AvoirsRappelsHandler factures,
    ICurrentUser user, TimeProvider timeProvider)
{
    public static readonly Error EncaissementIntrouvable = Error.NotFound("comptabilite.encaissement-introuvable", "Cet encaissement n'existe pas.");

    public static readonly Error RienAAffecter = Error.Conflict(
        "comptabilite.encaissement-affecte", "Cet encaissement est entièrement affecté : il ne reste rien dans le compte d'attente.");

    public static readonly Error MontantTropEleve = Error.Conflict(
        "comptabilite.affectation-trop-elevee", "Le montant dépasse ce qui reste à affecter de l'encaissement ou ce qui reste dû sur la facture.");

    public async Task<Result<Encaissement>> HandleAsync(Guid id, AffectationRequest request, CancellationToken cancellationToken)
    {
        var encaissement = await db.Encaissements.Include(e => e.Affectations).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (encaissement is null)
        {
            return EncaissementIntrouvable;
        }

        var trouvee = await factures.TrouverAsync(request.FactureId!.Value, cancellationToken);
        if (!trouvee.IsSuccess)
        {
            return trouvee.Error!;
        }

        var facture = trouvee.Value;
        if (facture.AvoirDe is not null)
        {
            return FacturationErrors.AvoirSurAvoir with { Message = "Un encaissement s'affecte à une facture, pas à un avoir." };
        }

        if (encaissement.NonAffecte <= 0)
        {
            return RienAAffecter;
        }

        if (facture.Solde <= 0)
        {
            return FacturationErrors.FactureSoldee;
        }

        var montant = request.Montant ?? Math.Min(encaissement.NonAffecte, facture.Solde);
        if (montant > encaissement.NonAffecte || montant > facture.Solde)
        {
            return MontantTropEleve;
        }

        var date = request.Date ?? timeProvider.Aujourdhui();
        var libelle = $"Affectation de l'encaissement {encaissement.ReferenceBanque ?? encaissement.Id.ToString()} — facture {facture.Numero}";
        var lignes = new List<LigneSaisie> { new(await imputations.AttenteAsync(cancellationToken), montant, 0, null, null, null, null, null, null, null, libelle) };
        lignes.AddRange(await imputations.CreancesAsync(facture, montant, libelle, cancellationToken));
        var ecriture = await comptabilisation.PasserAsync(date, libelle, null, null, false, lignes, cancellationToken);
        if (!ecriture.IsSuccess)
        {
            return ecriture.Error!;
        }

        var statutAvant = facture.Statut;
        facture.Encaisser(montant);
        imputations.PublierSiSoldee(facture, statutAvant, date);
        encaissement.Affecter(facture.Id, montant, "manuel", ecriture.Value.Id, timeProvider.GetUtcNow().UtcDateTime, user.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("comptabilite.affectation-concurrente", "L'encaissement ou la facture vient d'être modifié : rechargez et recommencez.");
        }

        return encaissement;
    }
}
