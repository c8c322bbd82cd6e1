using Microsoft.Extensions.Options;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Persistence;

namespace SocialErp.Modules.Dossiers.Features.Shared;

/// <summary>
/// Dossier numbers: the configured prefix, the year and a per-year sequence (<c>2026-00042</c>). The counter is
/// tracked on the context; its concurrency token refuses a second opening that took the same number at save time.
/// </summary>
internal sealed class NumerotationDossiers(DossiersDbContext db, IOptions<DossiersOptions> options)
{
    public async Task<string> SuivantAsync(int annee, CancellationToken cancellationToken)
    {
        var compteur = await db.Compteurs.FindAsync([annee], cancellationToken);
        if (compteur is null)
        {
            compteur = new CompteurNumero(annee);
            db.Compteurs.Add(compteur);
        }

        return $"{options.Value.PrefixeNumero}{annee}-{compteur.Suivant():D5}";
    }
}
