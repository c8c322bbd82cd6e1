using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>A phone (any Swiss or international notation: stored +41…), mobile, fax or e-mail contact.</summary>
internal sealed record ContactRequest(TypeContact? Type, string? Valeur, string? Libelle, bool? Principal);
