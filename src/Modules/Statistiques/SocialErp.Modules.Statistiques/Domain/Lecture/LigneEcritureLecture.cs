using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Statistiques.Domain.Lecture;

/// <summary>One line of a posted accounting entry with every analytic dimension (from EcriturePassee).</summary>
[NonAudite]
internal sealed class LigneEcritureLecture
{
    public Guid EcritureId { get; set; }

    public int Numero { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>Accounting month, <c>yyyy-MM</c>.</summary>
    public string Periode { get; set; } = "";

    public string Libelle { get; set; } = "";

    public Guid? ExtourneDe { get; set; }

    public string Compte { get; set; } = "";

    public string GenreCompte { get; set; } = "";

    public decimal Debit { get; set; }

    public decimal Credit { get; set; }

    public Guid? FicheId { get; set; }

    public Guid? UniteAllocationId { get; set; }

    public Guid? DossierId { get; set; }

    public int? CommuneDomicile { get; set; }

    public string? Prestation { get; set; }

    public string? TypeCharge { get; set; }

    public string? TypePayeur { get; set; }
}
