using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Ged.Domain;

internal static class ModeleErrors
{
    public static readonly Error Introuvable = Error.NotFound("ged.modele-introuvable", "Modèle introuvable.");

    public static readonly Error DossierIntrouvable = Error.NotFound("ged.dossier-introuvable", "Dossier introuvable.");

    public static readonly Error FicheIntrouvable = Error.NotFound("ged.fiche-introuvable", "Fiche introuvable.");

    public static Error ChampsManquants(IReadOnlyDictionary<string, string[]> parDestinataire) => new(
        "ged.champs-manquants",
        "Des champs du modèle n'ont pas de valeur pour ces destinataires ; rien n'a été produit. Complétez les données ou relancez avec « accepterChampsManquants » : true.",
        ErrorKind.BusinessRule,
        parDestinataire);
}
