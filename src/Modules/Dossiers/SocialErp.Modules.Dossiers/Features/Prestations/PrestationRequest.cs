namespace SocialErp.Modules.Dossiers.Features.Prestations;

/// <summary>A benefit class: code (WSH, ALBV…), label, active (an inactive one is refused for new dossiers).</summary>
internal sealed record PrestationRequest(string? Code, string? Libelle, bool Active = true);

/// <summary>A benefit class as listed.</summary>
internal sealed record PrestationResponse(string Code, string Libelle, bool Active);
