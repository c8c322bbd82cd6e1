namespace SocialErp.Modules.Comptabilite.Features.Facturation.Seances;

/// <summary>What the movements of one session (or forfait) and funder add up to in a month, and how many there are.</summary>
internal sealed record DejaFacture(Guid ObjetId, Guid FinanceurId, string Nature, DateOnly Jour, decimal Heures, decimal Montant, int Mouvements);
