using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Ged.Domain;

internal static class DocumentErrors
{
    public static readonly Error Introuvable = Error.NotFound("ged.document-introuvable", "Document introuvable.");

    public static readonly Error VersionIntrouvable = Error.NotFound("ged.version-introuvable", "Cette version du document n'existe pas.");

    public static readonly Error CibleIntrouvable = Error.NotFound("ged.cible-introuvable", "L'élément visé (cibleType, cibleId) est introuvable.");

    public static readonly Error Supprime = Error.Conflict("ged.document-supprime", "Le document est supprimé.");

    public static readonly Error ContenuPurge = Error.NotFound("ged.contenu-purge", "Le contenu du document a été purgé (durée de conservation échue).");

    public static readonly Error DejaClasse = Error.Conflict("ged.document-deja-classe", "Le document est déjà classé sur un élément.");

    public static readonly Error CibleDejaLiee = Error.Conflict("ged.cible-deja-liee", "Le document est déjà lié à cet élément.");

    public static readonly Error CibleNonLiee = Error.NotFound("ged.cible-non-liee", "Le document n'est pas lié à cet élément.");

    public static readonly Error DerniereCible = Error.Conflict("ged.derniere-cible", "Un document classé garde au moins un élément : ajoutez-en un autre avant de retirer celui-ci.");

    public static Error TypeCibleInconnu(string champ) =>
        Error.Validation(champ, "Type de cible non pris en charge. Types possibles : fiche, dossier (les autres arrivent avec leurs modules).");
}
