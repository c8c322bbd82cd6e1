using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Comptabilite.Domain.Facturation;

/// <summary>A co-funder of a projected funding and its part (percentage or amount, per the funding's split).</summary>
[NonAudite]
internal sealed class CoFinanceurProjete
{
    public CoFinanceurProjete(Guid dossierId, Guid ficheId, decimal part)
    {
        DossierId = dossierId;
        FicheId = ficheId;
        Part = part;
    }

    public Guid DossierId { get; private set; }

    public Guid FicheId { get; private set; }

    public decimal Part { get; private set; }

    public void Changer(decimal part) => Part = part;
}
