using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Persistence;

namespace SocialErp.Modules.Dossiers.Features.Shared;

/// <summary>Builds the full response of a dossier, with the last ordinary payment from the projection.</summary>
internal sealed class ReponseDossier(DossiersDbContext db)
{
    public async Task<DossierResponse> DeAsync(Dossier dossier, CancellationToken cancellationToken)
    {
        var paiement = await db.DerniersPaiements.AsNoTracking()
            .Where(p => p.DossierId == dossier.Id)
            .Select(p => (DateOnly?)p.Date)
            .FirstOrDefaultAsync(cancellationToken);
        return DossierResponse.From(dossier, paiement);
    }
}
