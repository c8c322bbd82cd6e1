namespace SocialErp.Modules.Comptabilite.Features.Facturation.Seances;

/// <summary>
/// What is due now to one funder for one session (or the funding's forfait) in the month it belongs to:
/// <c>heures</c> billed (fewer than <c>dureeHeures</c> past the funded hours; 0 for a forfait) and their value.
/// </summary>
internal sealed record DuSeance(Guid ObjetId, Guid FinanceurId, string Nature, string Periode, DateOnly Jour, decimal DureeHeures, decimal Heures, decimal Montant);
