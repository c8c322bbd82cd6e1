using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Features.Shared;

namespace SocialErp.Modules.Comptabilite.Features.Encaissements;

/// <summary>
/// An incoming payment: amount, what is assigned to invoices and what waits in the clearing account
/// (<c>nonAffecte</c>), how it was matched (<c>reference</c>, <c>montant-nom</c>, <c>manuel</c>, or null).
/// </summary>
internal sealed record EncaissementResponse(
    Guid Id,
    Guid ImportId,
    DateOnly Date,
    decimal Montant,
    string Monnaie,
    string TypeReference,
    string? Reference,
    string? NomDebiteur,
    string? ReferenceBanque,
    string? Communication,
    string? Rapprochement,
    decimal MontantAffecte,
    decimal NonAffecte,
    Guid EcritureId,
    IReadOnlyList<AffectationResponse> Affectations)
{
    public static EncaissementResponse From(Encaissement e) => new(
        e.Id, e.ImportId, e.Date, Chf.Montant(e.Montant), e.Monnaie, e.TypeReference, e.Reference, e.NomDebiteur, e.ReferenceBanque, e.Communication,
        e.Rapprochement, Chf.Montant(e.MontantAffecte), Chf.Montant(e.NonAffecte), e.EcritureId,
        e.Affectations.OrderBy(a => a.Le).Select(a => new AffectationResponse(a.FactureId, Chf.Montant(a.Montant), a.Rapprochement, a.EcritureId, a.Le)).ToList());
}

internal sealed record AffectationResponse(Guid FactureId, decimal Montant, string Rapprochement, Guid? EcritureId, DateTime Le);

/// <summary>
/// What an import did: credits read, already imported (skipped), matched by reference, by amount + name, left in
/// clearing, entries left aside by the reader (debits, reversals, pending), the total booked, and the new payments.
/// </summary>
internal sealed record ImportCamtResponse(
    Guid Id,
    string Version,
    string IdentifiantMessage,
    int Credits,
    int DejaImportes,
    int ParReference,
    int ParMontantNom,
    int EnAttente,
    int EcrituresIgnorees,
    decimal Total,
    IReadOnlyList<EncaissementResponse> Encaissements)
{
    public static ImportCamtResponse From(ImportCamt i, IReadOnlyList<Encaissement> encaissements) => new(
        i.Id, i.Version, i.IdentifiantMessage, i.Credits, i.DejaImportes, i.ParReference, i.ParMontantNom, i.EnAttente, i.EcrituresIgnorees,
        Chf.Montant(i.Total), encaissements.Select(EncaissementResponse.From).ToList());
}
