using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Journal.Domain;

internal static class EcheanceErrors
{
    public static readonly Error Introuvable = Error.NotFound("journal.echeance-introuvable", "Cette échéance n'existe pas ou ne vous est pas visible.");

    public static readonly Error DejaClose = Error.Conflict("journal.echeance-deja-close", "Cette échéance est déjà réalisée ou annulée.");

    public static readonly Error Privee = Error.Conflict(
        "journal.echeance-privee", "Cette échéance est privée (relance d'un mémo privé) : elle reste à son responsable.");

    public static readonly Error ResponsableInconnu = Error.Validation("responsableId", "Ce responsable n'est pas un utilisateur actif.");

    public static readonly Error ResponsableSansAcces = Error.Validation(
        "responsableId", "Ce responsable ne voit pas le dossier : il ne pourrait pas réaliser l'échéance.");
}
