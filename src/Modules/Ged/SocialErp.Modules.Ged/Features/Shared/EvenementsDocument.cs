using SocialErp.Modules.Ged.Contracts.IntegrationEvents;
using SocialErp.Modules.Ged.Domain;

namespace SocialErp.Modules.Ged.Features.Shared;

/// <summary>The integration events a document's changes publish.</summary>
internal static class EvenementsDocument
{
    public static DocumentAjouteIntegrationEvent Ajoute(Document document, VersionDocument version) => new(
        document.Id, version.Numero, document.Titre, document.Type, Codes.De(document.Direction), Cibles(document), version.DeposePar);

    public static DocumentSupprimeIntegrationEvent Supprime(Document document) =>
        new(document.Id, document.Titre, Cibles(document), document.MotifSuppression ?? "");

    public static DocumentGenereIntegrationEvent Genere(Document document) =>
        new(document.Id, document.ModeleId!.Value, document.Titre, Cibles(document));

    private static List<CibleDocument> Cibles(Document document) =>
        document.Cibles.Select(c => new CibleDocument(c.CibleType, c.CibleId)).ToList();
}
