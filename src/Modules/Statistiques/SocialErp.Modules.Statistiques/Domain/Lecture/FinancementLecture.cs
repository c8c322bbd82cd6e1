using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Statistiques.Domain.Lecture;

/// <summary>
/// A dossier's funding as the statistics know it (from <c>dossiers.financement-modifie</c>, the latest version wins):
/// convention, main funder and kind, amount mode, the planned total and whether co-funders share it.
/// </summary>
[NonAudite]
internal sealed class FinancementLecture
{
    public const string TauxHoraire = "taux-horaire";

    public Guid DossierId { get; set; }

    public long Version { get; set; }

    public string? ConventionReference { get; set; }

    public DateOnly? ConventionDu { get; set; }

    public DateOnly? ConventionAu { get; set; }

    public decimal? HeuresFinancees { get; set; }

    public Guid FinanceurPrincipalId { get; set; }

    public string TypeFinanceur { get; set; } = "";

    public string ModeMontant { get; set; } = "";

    /// <summary>The planned total: the amount, or the hourly rate times the funded hours, to the centime.</summary>
    public decimal MontantTotal { get; set; }

    public int NombreCoFinanceurs { get; set; }
}
