using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Statistiques.Domain.Lecture;

/// <summary>A payment booked to or for a beneficiary (from PaiementComptabilise).</summary>
[NonAudite]
internal sealed class PaiementLecture
{
    public Guid PaiementId { get; set; }

    public Guid? DossierId { get; set; }

    public Guid? FicheId { get; set; }

    public DateOnly Date { get; set; }

    public decimal Montant { get; set; }

    public bool Ordinaire { get; set; }

    public string Libelle { get; set; } = "";
}
