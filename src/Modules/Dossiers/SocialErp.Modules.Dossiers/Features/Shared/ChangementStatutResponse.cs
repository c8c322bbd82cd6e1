using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Features.Shared;

/// <summary>One step of the lifecycle: previous and new status, business date, reason, when and by whom.</summary>
internal sealed record ChangementStatutResponse(string? AncienStatut, string NouveauStatut, DateOnly Date, string? Motif, DateTime EnregistreLe, Guid? Auteur)
{
    public static ChangementStatutResponse From(ChangementStatut changement) => new(
        changement.AncienStatut, changement.NouveauStatut, changement.Date, changement.Motif, changement.EnregistreLe, changement.Auteur);
}
