using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Features.Shared;

/// <summary>
/// A whole dossier: core data, key dates, members, active and past referents, shares, status history, and for the
/// six-month rule the last ordinary payment and the closing date it proposes.
/// </summary>
internal sealed record DossierResponse(
    Guid Id,
    string Numero,
    string Nom,
    string? Description,
    string Prestation,
    int? CommuneDomicile,
    Guid? ServiceId,
    string Statut,
    DateOnly DateOuverture,
    DateOnly? DateCloture,
    string? MotifCloture,
    DateOnly? DateEntree,
    DateOnly? DateFinPrevue,
    DateOnly? DateSortieReelle,
    bool FacturationBloquee,
    DateOnly? DernierPaiementOrdinaire,
    DateOnly? ClotureProposee,
    IReadOnlyList<MembreResponse> Membres,
    IReadOnlyList<ReferentResponse> Referents,
    IReadOnlyList<PartageResponse> Partages,
    IReadOnlyList<ChangementStatutResponse> HistoriqueStatuts,
    DateTime CreeLe,
    DateTime? ModifieLe,
    long Version)
{
    /// <summary>Six-month rule: a dossier is closed six months after its last ordinary payment.</summary>
    public const int MoisAvantCloture = 6;

    public static DossierResponse From(Dossier dossier, DateOnly? dernierPaiement) => new(
        dossier.Id,
        dossier.Numero,
        dossier.Nom,
        dossier.Description,
        dossier.Prestation,
        dossier.CommuneDomicile,
        dossier.ServiceId,
        dossier.Statut,
        dossier.DateOuverture,
        dossier.DateCloture,
        dossier.MotifCloture,
        dossier.DateEntree,
        dossier.DateFinPrevue,
        dossier.DateSortieReelle,
        dossier.FacturationBloquee,
        dernierPaiement,
        dernierPaiement?.AddMonths(MoisAvantCloture),
        dossier.Membres.OrderBy(m => m.AjouteLe).Select(MembreResponse.From).ToList(),
        dossier.Referents.OrderBy(r => r.Du).Select(ReferentResponse.From).ToList(),
        dossier.Partages.OrderBy(p => p.Du).Select(PartageResponse.From).ToList(),
        dossier.ChangementsStatut.OrderBy(c => c.EnregistreLe).Select(ChangementStatutResponse.From).ToList(),
        dossier.CreeLe,
        dossier.ModifieLe,
        dossier.Version);
}
