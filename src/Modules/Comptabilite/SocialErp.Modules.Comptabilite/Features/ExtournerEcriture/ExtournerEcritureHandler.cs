using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Features.ObtenirEcriture;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.Features.ExtournerEcriture;

internal sealed class ExtournerEcritureHandler(
    ComptabiliteDbContext db, Comptabilisation comptabilisation, DimensionsVisibles visibles, TimeProvider timeProvider)
{
    public async Task<Result<ExtourneResponse>> HandleAsync(Guid id, ExtournerEcritureRequest request, CancellationToken cancellationToken)
    {
        var originale = await ObtenirEcritureEndpoint.LireAsync(db, id, cancellationToken);
        if (originale is null || !await ObtenirEcritureEndpoint.EstVisibleAsync(originale, visibles, cancellationToken))
        {
            return ComptabiliteErrors.EcritureIntrouvable;
        }

        if (await db.Ecritures.AnyAsync(e => e.ExtourneDe == id, cancellationToken))
        {
            return ComptabiliteErrors.EcritureDejaExtournee;
        }

        var date = request.Date ?? timeProvider.Aujourdhui();
        var miroir = originale.Lignes.OrderBy(l => l.Ordre).Select(l => l.Saisie() with { Debit = l.Credit, Credit = l.Debit }).ToList();
        var extourne = await comptabilisation.PasserAsync(
            date, request.Libelle ?? LibelleExtourne(originale), originale.PieceId, originale.Id, ordinaire: false, miroir, cancellationToken);
        if (!extourne.IsSuccess)
        {
            return extourne.Error!;
        }

        Ecriture? correction = null;
        if (request.Correction is { } demande)
        {
            var lignes = await comptabilisation.ResoudreAsync(demande.Lignes!, "correction.lignes", cancellationToken, demande.Date);
            if (!lignes.IsSuccess)
            {
                return lignes.Error!;
            }

            var passee = await comptabilisation.PasserAsync(
                demande.Date!.Value, demande.Libelle!, demande.PieceId, extourneDe: null, demande.Ordinaire ?? false, lignes.Value, cancellationToken);
            if (!passee.IsSuccess)
            {
                return passee.Error!;
            }

            correction = passee.Value;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent reversal won the unique index on extourne_de.
            db.ChangeTracker.Clear();
            if (await db.Ecritures.AnyAsync(e => e.ExtourneDe == id, CancellationToken.None))
            {
                return ComptabiliteErrors.EcritureDejaExtournee;
            }

            throw;
        }

        return new ExtourneResponse(EcritureResponse.From(extourne.Value), correction is null ? null : EcritureResponse.From(correction));
    }

    private static string LibelleExtourne(Ecriture originale)
    {
        var libelle = $"Extourne : {originale.Libelle}";
        return libelle.Length <= EcritureConfiguration.LibelleMaxLength ? libelle : libelle[..EcritureConfiguration.LibelleMaxLength];
    }
}
