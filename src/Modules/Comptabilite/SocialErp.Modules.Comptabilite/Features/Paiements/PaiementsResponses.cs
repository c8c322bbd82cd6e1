using SocialErp.Modules.Comptabilite.Domain.Paiements;
using SocialErp.Modules.Comptabilite.Features.Shared;

namespace SocialErp.Modules.Comptabilite.Features.Paiements;

/// <summary>A payment order; <c>EndToEndId</c> is what pain.001 carries and camt.054 brings back.</summary>
internal sealed record OrdrePaiementResponse(
    Guid Id, string Origine, Guid? BudgetId, string? Mois, Guid? FactureFournisseurId, Guid? DossierId, Guid? FicheId, Guid? CreancierId, string NomCreancier,
    string Iban, string TypeReference, string? Reference, string Libelle, decimal Montant, DateOnly DateExecution, string CompteContrepartie, string Statut,
    Guid? LotId, Guid? EcriturePaiementId, DateOnly? ExecuteLe, string EndToEndId)
{
    public static OrdrePaiementResponse From(OrdrePaiement o) => new(
        o.Id, o.Origine, o.BudgetId, o.Mois, o.FactureFournisseurId, o.DossierId, o.FicheId, o.CreancierId, o.NomCreancier, o.Iban, o.TypeReference,
        o.Reference, o.Libelle, Chf.Montant(o.Montant), o.DateExecution, o.CompteContrepartie, o.Statut, o.LotId, o.EcriturePaiementId, o.ExecuteLe,
        o.IdentifiantBancaire);
}

/// <summary>A payment batch: one execution date, prepared by one user and released by another.</summary>
internal sealed record LotPaiementsResponse(
    Guid Id, string Identifiant, DateOnly DateExecution, int NombreOrdres, decimal Montant, string Statut, DateTime PrepareLe, Guid? PreparePar,
    DateTime? LibereLe, Guid? LiberePar, DateTime? ComptabiliseLe, DateOnly? ExecuteLe, long Version)
{
    public static LotPaiementsResponse From(LotPaiements l) => new(
        l.Id, l.Identifiant, l.DateExecution, l.NombreOrdres, Chf.Montant(l.Montant), l.Statut, l.PrepareLe, l.PreparePar, l.LibereLe, l.LiberePar,
        l.ComptabiliseLe, l.ExecuteLe, l.Version);
}

/// <summary>Orders waiting up to <c>JusquAu</c> (all when omitted) are grouped into one batch per execution date.</summary>
internal sealed record PreparerLotsRequest(DateOnly? JusquAu);
