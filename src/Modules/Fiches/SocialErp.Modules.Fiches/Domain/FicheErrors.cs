using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Fiches.Domain;

internal static class FicheErrors
{
    public static readonly Error Introuvable = Error.NotFound("fiches.fiche-introuvable", "Cette fiche n'existe pas ou ne vous est pas visible.");

    public static readonly Error AvsDejaUtilise = Error.Conflict(
        "fiches.avs-deja-utilise", "Ce numéro AVS est déjà celui d'une autre fiche active.");

    public static readonly Error DejaArchivee = Error.Conflict("fiches.fiche-deja-archivee", "Cette fiche est déjà archivée.");

    public static Error EncoreSuivie(IEnumerable<string> raisons) => Error.Conflict(
        "fiches.fiche-encore-suivie", $"La personne est encore suivie : {string.Join(" ; ", raisons)}. Terminez ce suivi avant d'archiver la fiche.");

    public static readonly Error DejaActive = Error.Conflict("fiches.fiche-deja-active", "Cette fiche n'est pas archivée.");

    public static readonly Error TypeImmuable = Error.Validation("type", "Le type d'une fiche ne change pas.");

    public static readonly Error AdresseAnterieure = Error.Conflict(
        "fiches.adresse-anterieure",
        "Une adresse de ce type commence à cette date ou plus tard : la nouvelle adresse doit commencer après elle.");
}
