namespace SocialErp.Modules.Comptabilite.Features.Prestations;

/// <summary>
/// A tariff: <c>code</c> (e.g. <c>CONSEIL-H</c>), type of service (conseil, assistance, medical, formation), unit
/// (heure, unite), price (CHF, 2 decimals), validity. A new tariff of an existing code from a later date closes the
/// open-ended one the day before.
/// </summary>
internal sealed record TarifRequest(string? Code, string? Libelle, string? TypePrestation, string? Unite, decimal? Prix, DateOnly? ValideDu, DateOnly? ValideAu);

internal sealed record TarifResponse(Guid Id, string Code, string Libelle, string TypePrestation, string Unite, decimal Prix, DateOnly ValideDu, DateOnly? ValideAu);
