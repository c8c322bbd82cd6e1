using Microsoft.Extensions.Options;
using SocialErp.Modules.Ged.Contenus;
using SocialErp.Modules.Ged.Domain;
using SocialErp.Modules.Ged.Features.Shared;
using SocialErp.Modules.Ged.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Ged.Features.BoiteReception;

/// <summary>
/// Takes a scanner's batch into the inbox, all or nothing: every file is checked first (a refused one names itself in
/// the problem and nothing is stored), then all are stored in one commit.
/// </summary>
internal sealed class DeposerLotHandler(
    GedDbContext db, ReceptionContenus reception, ICurrentUser user, TimeProvider timeProvider, IOptions<GedOptions> options)
{
    public async Task<Result<List<Document>>> HandleAsync(DeposerLotForm form, CancellationToken cancellationToken)
    {
        var contenus = new List<ContenuPrepare>();
        try
        {
            foreach (var fichier in form.Fichiers!)
            {
                await using var flux = fichier.OpenReadStream();
                var recu = await reception.RecevoirAsync(flux, fichier.FileName, cancellationToken);
                if (!recu.IsSuccess)
                {
                    return recu.Error! with { Message = $"{NomFichier.Assainir(fichier.FileName)} : {recu.Error!.Message}" };
                }

                contenus.Add(recu.Value);
            }

            var maintenant = timeProvider.GetUtcNow().UtcDateTime;
            var type = form.Type ?? (options.Value.Types.Contains("courrier-entrant") ? "courrier-entrant" : options.Value.Types[^1]);
            var documents = new List<Document>();
            foreach (var contenu in contenus)
            {
                var metadonnees = new MetadonneesDocument(
                    Titre(contenu.Verifie.NomFichier), type, timeProvider.Jour(maintenant), DirectionDocument.Entrant, Confidentialite.Normale, null);
                var document = Document.Deposer(metadonnees, [], contenu.Verifie, user.ServiceId, maintenant, user.Id);
                db.Documents.Add(document);
                db.Textes.Add(new TexteDocument(document.Id, TexteRecherche.De(document, contenu.Texte)));
                documents.Add(document);
            }

            await reception.ConserverTousAsync(contenus, () => db.SaveChangesAsync(cancellationToken), cancellationToken);
            return documents;
        }
        finally
        {
            foreach (var contenu in contenus)
            {
                await contenu.DisposeAsync();
            }
        }
    }

    private static string Titre(string nomFichier)
    {
        var titre = Path.GetFileNameWithoutExtension(nomFichier);
        return titre.Length > DocumentConfiguration.TitreMaxLength ? titre[..DocumentConfiguration.TitreMaxLength] : titre;
    }
}
