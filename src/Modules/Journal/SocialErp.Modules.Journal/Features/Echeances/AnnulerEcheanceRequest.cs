namespace SocialErp.Modules.Journal.Features.Echeances;

/// <summary>Cancelling a due date: why (required).</summary>
internal sealed record AnnulerEcheanceRequest(string? Motif);
