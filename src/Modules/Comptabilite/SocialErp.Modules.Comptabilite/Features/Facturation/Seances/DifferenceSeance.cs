namespace SocialErp.Modules.Comptabilite.Features.Facturation.Seances;

/// <summary>
/// A difference between what is due now and what was billed for one session (or forfait) and funder in a month:
/// <see cref="Montant"/> positive is invoiced, negative credited (never more than was billed); <see cref="Rang"/> is the
/// rank of the movement that records it.
/// </summary>
internal sealed record DifferenceSeance(
    Guid ObjetId, Guid FinanceurId, string Nature, DateOnly Jour, decimal DureeHeures, decimal HeuresDues, decimal HeuresFacturees, decimal MontantDu, decimal Montant, int Rang)
{
    public decimal Heures => HeuresDues - HeuresFacturees;

    public bool Nouvelle => HeuresFacturees == 0m && Rang == 1;
}
