namespace SocialErp.Modules.Comptabilite.Features.Shared;

/// <summary>Balances at a date (everything up to and including it): per account kind, per account, per charge type.</summary>
internal sealed record SoldesResponse(
    DateOnly Date,
    IReadOnlyList<SoldeResponse> ParGenre,
    IReadOnlyList<SoldeResponse> ParCompte,
    IReadOnlyList<SoldeResponse> ParTypeCharge);

/// <summary>Debit and credit totals of a group and its balance (debit − credit).</summary>
internal sealed record SoldeResponse(string Cle, decimal Debit, decimal Credit, decimal Solde)
{
    public static IReadOnlyList<SoldeResponse> From(IEnumerable<Domain.Solde> soldes) =>
        soldes.Select(s => new SoldeResponse(s.Cle, Chf.Montant(s.Debit), Chf.Montant(s.Credit), Chf.Montant(s.Montant))).ToList();
}
