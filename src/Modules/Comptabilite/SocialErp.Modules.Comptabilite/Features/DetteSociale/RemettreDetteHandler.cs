using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Comptabilite.Features.DetteSociale;

/// <summary>Writes off open debt: an entry debiting the remission charge and crediting the debt account, and its record.</summary>
internal sealed class RemettreDetteHandler(
    ComptabiliteDbContext db, Comptabilisation comptabilisation, CalculDette calcul, LecteurGrandLivre lecteur, DimensionsVisibles visibles,
    ICurrentUser user, TimeProvider timeProvider)
{
    public async Task<Result<RemiseDetteResponse>> HandleAsync(RemiseDetteRequest request, CancellationToken cancellationToken)
    {
        var ficheId = request.FicheId!.Value;
        if (!await visibles.FicheAsync(ficheId, cancellationToken))
        {
            return ComptabiliteErrors.FicheIntrouvable;
        }

        var comptes = await db.Comptes.Where(c => c.Actif && (c.CategorieDette == request.Categorie || c.TypeCharge == "remise-dette")).OrderBy(c => c.Numero).ToListAsync(cancellationToken);
        var compteDette = comptes.FirstOrDefault(c => c.CategorieDette == request.Categorie && (request.Compte is null || c.Numero == request.Compte));
        var compteRemise = comptes.FirstOrDefault(c => c.Genre == GenresCompte.Charge && c.TypeCharge == "remise-dette");
        if (compteDette is null || compteRemise is null)
        {
            return Error.Validation("compte", "Le plan comptable n'a pas de compte actif de cette catégorie de dette ou de compte de remise.");
        }

        var dette = await calcul.CalculerAsync(request.Date!.Value, await lecteur.FichesDeAsync(ficheId, cancellationToken), request.Categorie, commune: null, cancellationToken);
        if (request.Montant > dette.Total)
        {
            return ComptabiliteErrors.DetteInsuffisante;
        }

        var lignes = new List<LigneSaisie>
        {
            new(compteRemise, request.Montant!.Value, 0, ficheId, null, null, null, null, "remise-dette", null, request.Motif),
            new(compteDette, 0, request.Montant.Value, ficheId, null, null, null, null, null, null, request.Motif),
        };
        var ecriture = await comptabilisation.PasserAsync(
            request.Date.Value, $"Remise de dette ({request.Categorie})", pieceId: null, extourneDe: null, ordinaire: false, lignes, cancellationToken);
        if (!ecriture.IsSuccess)
        {
            return ecriture.Error!;
        }

        var remise = RemiseDette.Enregistrer(
            ecriture.Value.Id, ficheId, request.Categorie!, request.Montant.Value, request.Motif!, request.Decision, user.Id, timeProvider.GetUtcNow().UtcDateTime);
        db.RemisesDette.Add(remise);
        await db.SaveChangesAsync(cancellationToken);
        return new RemiseDetteResponse(
            remise.Id, ficheId, remise.Categorie, Chf.Montant(remise.Montant), remise.Motif, remise.Decision, remise.AutoriseePar, EcritureResponse.From(ecriture.Value));
    }
}
