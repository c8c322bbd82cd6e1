using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Fiches.Domain;

internal static class FusionErrors
{
    public static readonly Error MemeFiche = Error.Validation("absorbeeId", "Une fiche ne peut pas être fusionnée avec elle-même.");

    public static readonly Error FicheArchivee = Error.Conflict(
        "fiches.fusion-fiche-archivee", "Une fiche archivée (ou déjà fusionnée) ne peut pas être fusionnée.");

    public static readonly Error TypesDifferents = Error.Conflict(
        "fiches.fusion-types-differents", "Une personne et une organisation ne peuvent pas être fusionnées.");
}
