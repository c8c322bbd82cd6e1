using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Fiches.Domain;

internal static class FusionErrors
{
    public static readonly Error MemeFiche = Error.Validation("absorbeeId", "Une fiche ne peut pas être fusionnée avec elle-même.");

    public static readonly Error FicheArchivee = Error.Conflict(
        "fiches.fusion-fiche-archivee", "Une fiche archivée (ou déjà fusionnée) ne peut pas être fusionnée.");

    public static readonly Error TypesDifferents = Error.Conflict(
        "fiches.fusion-types-differents", "Une personne et une organisation ne peuvent pas être fusionnées.");

    public static readonly Error Introuvable = Error.NotFound(
        "fiches.fusion-introuvable", "Cette fusion n'existe pas ou l'une de ses fiches ne vous est pas visible.");

    public static readonly Error DejaAnnulee = Error.Conflict("fiches.fusion-deja-annulee", "Cette fusion a déjà été annulée.");

    public static Error Posterieure(Guid fusionId) => Error.Conflict(
        "fiches.fusion-posterieure",
        $"La fiche conservée a été fusionnée de nouveau depuis (fusion {fusionId}) : annulez d'abord cette fusion-là.");

    public static Error FicheModifiee(string role, Guid ficheId) => Error.Conflict(
        "fiches.fusion-fiche-modifiee",
        $"La fiche {role} {ficheId} a été modifiée depuis la fusion (identité, adresses, contacts, catégories, archivage…) : "
        + "la fusion ne peut plus être annulée automatiquement.");

    public static Error RelationModifiee(Guid relationId) => Error.Conflict(
        "fiches.fusion-relation-modifiee",
        $"La relation {relationId}, reprise par la fusion, a été modifiée ou retirée depuis : la fusion ne peut plus être annulée automatiquement.");
}
