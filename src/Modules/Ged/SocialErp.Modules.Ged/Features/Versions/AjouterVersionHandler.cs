using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Ged.Contenus;
using SocialErp.Modules.Ged.Domain;
using SocialErp.Modules.Ged.Features.Shared;
using SocialErp.Modules.Ged.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Ged.Features.Versions;

internal sealed class AjouterVersionHandler(
    GedDbContext db, DocumentsCharges documents, ReceptionContenus reception, ICurrentUser user, TimeProvider timeProvider)
{
    public async Task<Result<Document>> HandleAsync(Guid id, long? versionAttendue, AjouterVersionForm form, CancellationToken cancellationToken)
    {
        var charge = await documents.ChargerAsync(id, versionAttendue, cancellationToken);
        if (!charge.IsSuccess)
        {
            return charge.Error!;
        }

        var document = charge.Value;
        await using var fichier = form.Fichier!.OpenReadStream();
        var recu = await reception.RecevoirAsync(fichier, form.Fichier.FileName, cancellationToken);
        if (!recu.IsSuccess)
        {
            return recu.Error!;
        }

        await using var contenu = recu.Value;
        var version = document.AjouterVersion(
            contenu.Verifie, string.IsNullOrWhiteSpace(form.Commentaire) ? null : form.Commentaire.Trim(), timeProvider.GetUtcNow().UtcDateTime, user.Id);
        if (!version.IsSuccess)
        {
            return version.Error!;
        }

        var texte = await db.Textes.FirstOrDefaultAsync(t => t.DocumentId == document.Id, cancellationToken);
        if (texte is null)
        {
            db.Textes.Add(new TexteDocument(document.Id, TexteRecherche.De(document, contenu.Texte)));
        }
        else
        {
            texte.Remplacer(TexteRecherche.De(document, contenu.Texte));
        }

        db.Publish(EvenementsDocument.Ajoute(document, version.Value));
        await reception.ConserverAsync(contenu, () => db.SaveChangesAsync(cancellationToken), cancellationToken);
        return document;
    }
}
