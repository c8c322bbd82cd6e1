using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Statistiques.Domain.Lecture;

/// <summary>
/// A reporting row a fiche merge (<see cref="FusionId"/>) moved from the absorbed fiche to the kept one: a membership
/// period, an entry line (<see cref="SourceId"/> and <see cref="Numero"/>) or a payment. Undoing the merge moves back
/// those still on the kept fiche.
/// </summary>
[NonAudite]
internal sealed class DeplacementFusionLecture
{
    public const string Membre = "membre";
    public const string Ligne = "ligne";
    public const string Paiement = "paiement";

    public Guid FusionId { get; set; }

    public string Genre { get; set; } = "";

    public Guid SourceId { get; set; }

    /// <summary>The line's number within its entry; 0 for the other kinds.</summary>
    public int Numero { get; set; }
}
