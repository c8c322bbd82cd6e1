namespace SocialErp.Modules.Comptabilite.Features.Periodes;

/// <summary>Why a closed month is reopened (kept in its trace).</summary>
internal sealed record ReouvertureRequest(string? Motif);
