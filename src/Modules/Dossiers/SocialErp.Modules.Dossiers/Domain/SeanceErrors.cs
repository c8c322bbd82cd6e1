using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Domain;

internal static class SeanceErrors
{
    public static readonly Error Introuvable = Error.NotFound("dossiers.seance-introuvable", "Cette séance n'existe pas dans ce dossier.");

    public static readonly Error NonPlanifiee = Error.Conflict(
        "dossiers.seance-non-planifiee", "Seule une séance planifiée peut être modifiée, annulée ou reportée.");

    public static readonly Error AnnuleeOuReportee = Error.Conflict(
        "dossiers.seance-annulee", "Une séance annulée ou reportée ne peut pas être émargée.");
}
