using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Fiches.Domain;

internal static class RelationErrors
{
    public static readonly Error Introuvable = Error.NotFound(
        "fiches.relation-introuvable", "Cette relation n'existe pas ou ne vous est pas visible.");

    public static readonly Error VersElleMeme = Error.Validation("ficheId", "Une fiche ne peut pas être en relation avec elle-même.");

    public static readonly Error ResponsableDejaDefini = Error.Conflict(
        "fiches.responsable-deja-defini", "Ce proche a déjà un responsable actif : retirez-le avant d'en désigner un autre.");

    public static readonly Error Cycle = Error.Conflict(
        "fiches.relation-cyclique", "Cette relation créerait un cycle entre proches et responsables.");

    public static readonly Error DejaExistante = Error.Conflict(
        "fiches.relation-existante", "Cette relation existe déjà et est active.");
}
