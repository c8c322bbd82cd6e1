using SocialErp.Modules.Comptabilite.Features.Shared;

namespace SocialErp.Modules.Comptabilite.Features.ExtournerEcriture;

/// <summary>
/// The reversal's date (today when absent: it must fall in an open period) and label, and optionally the corrected
/// entry to post with it (same transaction).
/// </summary>
internal sealed record ExtournerEcritureRequest(DateOnly? Date, string? Libelle, EcritureRequest? Correction);
