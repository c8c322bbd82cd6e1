namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>The part of a ledger line consolidation and balances need.</summary>
internal sealed record MouvementLigne(
    Guid LigneId,
    Guid EcritureId,
    Guid CompteId,
    DateOnly Date,
    string Genre,
    string? TypeCharge,
    Guid? FicheId,
    Guid? UniteAllocationId,
    decimal Debit,
    decimal Credit);
