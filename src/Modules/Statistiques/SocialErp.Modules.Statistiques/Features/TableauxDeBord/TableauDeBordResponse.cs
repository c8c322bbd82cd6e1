namespace SocialErp.Modules.Statistiques.Features.TableauxDeBord;

/// <summary>
/// A dashboard ready for charts: totals over the period, monthly series aligned on <c>Mois</c> (one value per month,
/// null when undefined, e.g. a rate over no dossier) and breakdowns (per commune, age class…).
/// </summary>
internal sealed record TableauDeBordResponse(
    string Code,
    string Libelle,
    string Du,
    string Au,
    IReadOnlyList<IndicateurResponse> Totaux,
    IReadOnlyList<string> Mois,
    IReadOnlyList<SerieResponse> Series,
    IReadOnlyList<RepartitionResponse> Repartitions);

/// <summary>A figure: unit is dossiers, personnes, mois, CHF or %.</summary>
internal sealed record IndicateurResponse(string Code, string Libelle, string Unite, decimal? Valeur);

internal sealed record SerieResponse(string Code, string Libelle, string Unite, IReadOnlyList<decimal?> Valeurs);

/// <summary>A breakdown: one part per key (a commune, an age class…).</summary>
internal sealed record RepartitionResponse(string Code, string Libelle, string Unite, IReadOnlyList<PartResponse> Parts);

/// <summary>One part: its value (a rate, a count), how many it counts, and the base of a rate (population, total) when there is one.</summary>
internal sealed record PartResponse(string Cle, decimal? Valeur, int Effectif, int? Base);
