using SocialErp.Modules.Comptabilite.Features.Shared;

namespace SocialErp.Modules.Comptabilite.Features.UniteAllocation;

/// <summary>An allocation unit's movements month by month over a year, per account kind and per charge type.</summary>
internal sealed record SoldesMensuelsResponse(Guid DossierId, int Annee, IReadOnlyList<MoisResponse> Mois);

/// <summary>One month's movements (<c>periode</c> = yyyy-MM).</summary>
internal sealed record MoisResponse(string Periode, IReadOnlyList<SoldeResponse> ParGenre, IReadOnlyList<SoldeResponse> ParTypeCharge);
