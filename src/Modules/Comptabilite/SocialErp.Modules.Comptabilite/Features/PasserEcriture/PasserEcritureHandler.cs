using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Features.PasserEcriture;

internal sealed class PasserEcritureHandler(Comptabilisation comptabilisation, ComptabiliteDbContext db)
{
    public async Task<Result<Ecriture>> HandleAsync(EcritureRequest request, CancellationToken cancellationToken)
    {
        var lignes = await comptabilisation.ResoudreAsync(request.Lignes!, "lignes", cancellationToken, request.Date);
        if (!lignes.IsSuccess)
        {
            return lignes.Error!;
        }

        var ecriture = await comptabilisation.PasserAsync(
            request.Date!.Value, request.Libelle!, request.PieceId, extourneDe: null, request.Ordinaire ?? false, lignes.Value, cancellationToken);
        if (ecriture.IsSuccess)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return ecriture;
    }
}
