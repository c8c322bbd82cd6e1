namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>A line ready to post: its account resolved, its amounts and analytic dimensions checked.</summary>
internal sealed record LigneSaisie(
    Compte Compte,
    decimal Debit,
    decimal Credit,
    Guid? FicheId,
    Guid? UniteAllocationId,
    Guid? DossierId,
    int? CommuneDomicile,
    string? Prestation,
    string? TypeCharge,
    string? TypePayeur,
    string? Libelle);
