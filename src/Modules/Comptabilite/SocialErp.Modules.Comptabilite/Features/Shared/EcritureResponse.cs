using SocialErp.Modules.Comptabilite.Domain;

namespace SocialErp.Modules.Comptabilite.Features.Shared;

/// <summary>A posted entry. <c>sansPiece</c> flags an entry without voucher; <c>extourneePar</c> names its reversal.</summary>
internal sealed record EcritureResponse(
    Guid Id,
    DateOnly Date,
    string Periode,
    string Libelle,
    Guid? PieceId,
    bool SansPiece,
    Guid? ExtourneDe,
    Guid? ExtourneePar,
    decimal Total,
    DateTime CreeLe,
    Guid? CreePar,
    IReadOnlyList<LigneEcritureResponse> Lignes)
{
    public static EcritureResponse From(Ecriture e, Guid? extourneePar = null) => new(
        e.Id, e.Date, e.Periode, e.Libelle, e.PieceId, e.PieceId is null, e.ExtourneDe, extourneePar, Chf.Montant(e.Total), e.CreeLe, e.CreePar,
        e.Lignes.OrderBy(l => l.Ordre).Select(LigneEcritureResponse.From).ToList());
}

/// <summary>A line of an entry with its account and dimensions.</summary>
internal sealed record LigneEcritureResponse(
    int Ordre,
    string Compte,
    string Genre,
    decimal Debit,
    decimal Credit,
    Guid? FicheId,
    Guid? UniteAllocationId,
    Guid? DossierId,
    int? CommuneDomicile,
    string? Prestation,
    string? TypeCharge,
    string? TypePayeur,
    string? Libelle)
{
    public static LigneEcritureResponse From(LigneEcriture l) => new(
        l.Ordre, l.Compte.Numero, l.Genre, Chf.Montant(l.Debit), Chf.Montant(l.Credit), l.FicheId, l.UniteAllocationId, l.DossierId,
        l.CommuneDomicile, l.Prestation, l.TypeCharge, l.TypePayeur, l.Libelle);
}
