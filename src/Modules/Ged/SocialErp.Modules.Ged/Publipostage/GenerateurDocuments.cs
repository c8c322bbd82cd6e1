using SocialErp.Modules.Ged.Contenus;
using SocialErp.Modules.Ged.Domain;
using SocialErp.Modules.Ged.Features.Shared;
using SocialErp.Modules.Ged.Persistence;
using SocialErp.Modules.Ged.Stockage;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Ged.Publipostage;

/// <summary>
/// Produces one filled DOCX per recipient from a template and stores each as a produced document on the recipient's
/// targets, in one commit. Missing fields refuse the whole merge (422, per recipient) unless accepted; accepted, they
/// show in the document and are kept on it.
/// </summary>
internal sealed class GenerateurDocuments(
    GedDbContext db, IStockageContenus stockage, ReceptionContenus reception, ICurrentUser user, TimeProvider timeProvider)
{
    public async Task<Result<List<Document>>> GenererAsync(
        Modele modele, IReadOnlyList<Destinataire> destinataires, bool accepterManquants, Guid? sourceMessageId, CancellationToken cancellationToken)
    {
        byte[] gabarit;
        await using (var flux = await stockage.OuvrirAsync(modele.Sha256, cancellationToken))
        {
            using var memoire = new MemoryStream();
            await flux.CopyToAsync(memoire, cancellationToken);
            gabarit = memoire.ToArray();
        }

        var remplis = destinataires.Select(d => (Destinataire: d, Resultat: Fusion.Remplir(gabarit, d.Valeurs))).ToList();
        var manquants = remplis.Where(r => r.Resultat.Manquants.Count > 0)
            .ToDictionary(r => r.Destinataire.Cle, r => r.Resultat.Manquants.ToArray());
        if (manquants.Count > 0 && !accepterManquants)
        {
            return ModeleErrors.ChampsManquants(manquants);
        }

        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        var contenus = new List<ContenuPrepare>();
        var documents = new List<Document>();
        try
        {
            foreach (var (destinataire, (docx, absents)) in remplis)
            {
                var nom = $"{modele.Code}-{destinataire.Libelle}.docx";
                var recu = await reception.RecevoirAsync(new MemoryStream(docx), nom, cancellationToken);
                if (!recu.IsSuccess)
                {
                    return recu.Error!;
                }

                contenus.Add(recu.Value);
                var titre = $"{modele.Nom} – {destinataire.Libelle}";
                var metadonnees = new MetadonneesDocument(
                    titre.Length > DocumentConfiguration.TitreMaxLength ? titre[..DocumentConfiguration.TitreMaxLength] : titre,
                    modele.TypeDocument, timeProvider.Jour(maintenant), DirectionDocument.Produit, Confidentialite.Normale, null);
                var document = Document.Generer(
                    metadonnees, destinataire.Cibles.ToList(), recu.Value.Verifie, modele.Id, absents, sourceMessageId, user.ServiceId, maintenant, user.Id);
                db.Documents.Add(document);
                db.Textes.Add(new TexteDocument(document.Id, TexteRecherche.De(document, recu.Value.Texte)));
                db.Publish(EvenementsDocument.Genere(document));
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
}
