using SocialErp.Modules.Comptabilite.Banque.Identifiants;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Features.Shared;

namespace SocialErp.Modules.Comptabilite.Features.Facturation;

/// <summary>
/// A debtor invoice or credit note (<c>avoirDe</c>): amounts, what is paid / credited / still open (<c>solde</c>),
/// the reference compact and formatted as printed, dunning steps, the entry that posted it.
/// </summary>
internal sealed record FactureResponse(
    Guid Id,
    string Numero,
    Guid DebiteurId,
    string TypeDebiteur,
    string NomDebiteur,
    DateOnly Date,
    DateOnly Echeance,
    decimal Montant,
    decimal MontantPaye,
    decimal MontantCredite,
    decimal Solde,
    string Statut,
    string TypeReference,
    string Reference,
    string ReferenceFormatee,
    string? Message,
    Guid? AvoirDe,
    Guid? ConventionId,
    string? Periode,
    int NiveauRappel,
    Guid EcritureId,
    IReadOnlyList<LigneFactureResponse> Lignes,
    IReadOnlyList<RappelResponse> Rappels)
{
    public static FactureResponse From(FactureDebiteur f) => new(
        f.Id, f.Numero, f.DebiteurId, f.TypeDebiteur, f.NomDebiteur, f.Date, f.Echeance, Chf.Montant(f.Montant), Chf.Montant(f.MontantPaye),
        Chf.Montant(f.MontantCredite), Chf.Montant(f.AvoirDe is null ? f.Solde : 0), f.Statut, f.TypeReference, f.Reference, Formater(f),
        f.Message, f.AvoirDe, f.ConventionId, f.Periode, f.NiveauRappel, f.EcritureId,
        f.Lignes.OrderBy(l => l.Ordre).Select(l => new LigneFactureResponse(
            l.Ordre, l.Libelle, l.Quantite, Chf.Montant(l.PrixUnitaire), Chf.Montant(l.Montant), l.CompteRevenu, l.FicheId, l.DossierId,
            l.CommuneDomicile, l.Prestation, l.PrestationValoriseeId, l.PosteBudgetId)).ToList(),
        f.Rappels.OrderBy(r => r.Niveau).Select(r => new RappelResponse(r.Niveau, r.Date, r.Delai)).ToList());

    private static string Formater(FactureDebiteur f) => f.TypeReference == ReferencesFacture.Qrr
        ? ReferenceQr.Lire(f.Reference).Value.Formatee
        : ReferenceCreancier.Lire(f.Reference).Value.Formatee;
}

internal sealed record LigneFactureResponse(
    int Ordre, string Libelle, decimal Quantite, decimal PrixUnitaire, decimal Montant, string CompteRevenu, Guid? FicheId, Guid? DossierId,
    int? CommuneDomicile, string? Prestation, Guid? PrestationValoriseeId, Guid? PosteBudgetId);

internal sealed record RappelResponse(int Niveau, DateOnly Date, DateOnly Delai);
