using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Fiches.Domain;

internal static class FicheErrors
{
    public static readonly Error Introuvable = Error.NotFound("fiches.fiche-introuvable", "Cette fiche n'existe pas ou ne vous est pas visible.");

    public static readonly Error AvsDejaUtilise = Error.Conflict(
        "fiches.avs-deja-utilise", "Ce numéro AVS est déjà celui d'une autre fiche active.");
}
