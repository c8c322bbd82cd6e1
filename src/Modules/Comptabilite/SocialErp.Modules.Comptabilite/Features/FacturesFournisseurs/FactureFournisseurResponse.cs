using SocialErp.Modules.Comptabilite.Domain.Fournisseurs;
using SocialErp.Modules.Comptabilite.Features.Shared;

namespace SocialErp.Modules.Comptabilite.Features.FacturesFournisseurs;

internal sealed record FactureFournisseurResponse(
    Guid Id, Guid? FournisseurId, string NomFournisseur, string? Rue, string? Numero, string CodePostal, string Localite, string Pays, string Iban,
    string TypeReference, string? Reference, string? NumeroFacture, DateOnly DateFacture, DateOnly Echeance, decimal Montant, string? Communication,
    string Statut, DateTime CreeLe, Guid? CreePar, DateTime? ApprouveeLe, Guid? ApprouveePar, Guid? EcritureId, Guid? OrdreId, long Version,
    IReadOnlyList<RepartitionResponse> Repartitions)
{
    public static FactureFournisseurResponse From(FactureFournisseur f) => new(
        f.Id, f.FournisseurId, f.NomFournisseur, f.Rue, f.Numero, f.CodePostal, f.Localite, f.Pays, f.Iban, f.TypeReference, f.Reference, f.NumeroFacture,
        f.DateFacture, f.Echeance, Chf.Montant(f.Montant), f.Communication, f.Statut, f.CreeLe, f.CreePar, f.ApprouveeLe, f.ApprouveePar, f.EcritureId,
        f.OrdreId, f.Version, [.. f.Repartitions.OrderBy(r => r.Ordre).Select(r => new RepartitionResponse(r.DossierId, r.FicheId, r.Compte, Chf.Montant(r.Montant), r.Libelle))]);
}

internal sealed record RepartitionResponse(Guid DossierId, Guid? FicheId, string Compte, decimal Montant, string? Libelle);
