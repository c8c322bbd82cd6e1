namespace SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;

/// <summary>
/// One line of a posted entry with its analytic dimensions. Exactly one of <c>Debit</c> / <c>Credit</c> is non-zero.
/// <c>GenreCompte</c> is the account's kind (banque, debiteur, courant-personnel, dette-sociale, charge…).
/// </summary>
public sealed record LigneEcritureComptable(
    string Compte,
    string GenreCompte,
    decimal Debit,
    decimal Credit,
    Guid? FicheId,
    Guid? UniteAllocationId,
    Guid? DossierId,
    int? CommuneDomicile,
    string? Prestation,
    string? TypeCharge,
    string? TypePayeur);
