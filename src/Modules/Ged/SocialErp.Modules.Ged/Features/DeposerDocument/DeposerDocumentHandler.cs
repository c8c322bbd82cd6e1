using SocialErp.Modules.Ged.Cibles;
using SocialErp.Modules.Ged.Contenus;
using SocialErp.Modules.Ged.Domain;
using SocialErp.Modules.Ged.Features.Shared;
using SocialErp.Modules.Ged.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Ged.Features.DeposerDocument;

internal sealed class DeposerDocumentHandler(
    GedDbContext db, ReceptionContenus reception, ControleCibles cibles, ICurrentUser user, TimeProvider timeProvider)
{
    public async Task<Result<Document>> HandleAsync(DeposerDocumentForm form, CancellationToken cancellationToken)
    {
        var cible = await cibles.VerifierAsync(form.CibleType!, form.CibleId!.Value, "cibleType", cancellationToken);
        if (!cible.IsSuccess)
        {
            return cible.Error!;
        }

        await using var fichier = form.Fichier!.OpenReadStream();
        var recu = await reception.RecevoirAsync(fichier, form.Fichier.FileName, cancellationToken);
        if (!recu.IsSuccess)
        {
            return recu.Error!;
        }

        await using var contenu = recu.Value;
        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        var metadonnees = new MetadonneesDocument(
            form.Titre!,
            form.Type!,
            form.Date ?? timeProvider.Jour(maintenant),
            Codes.LireDirection(form.Direction, DirectionDocument.Entrant),
            Codes.LireConfidentialite(form.Confidentialite),
            form.Description);
        var document = Document.Deposer(metadonnees, [(form.CibleType!, form.CibleId.Value)], contenu.Verifie, user.ServiceId, maintenant, user.Id);
        db.Documents.Add(document);
        db.Textes.Add(new TexteDocument(document.Id, TexteRecherche.De(document, contenu.Texte)));
        db.Publish(EvenementsDocument.Ajoute(document, document.VersionCourante));
        await reception.ConserverAsync(contenu, () => db.SaveChangesAsync(cancellationToken), cancellationToken);
        return document;
    }
}
