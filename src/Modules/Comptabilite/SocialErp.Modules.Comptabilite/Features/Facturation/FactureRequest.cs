namespace SocialErp.Modules.Comptabilite.Features.Facturation;

/// <summary>
/// A one-off debtor invoice: the debtor's fiche and kind (office, assurance, tutelle, parent, beneficiaire, canton,
/// commune, tiers), the date (default today), <c>typeReference</c> QRR (default, on the QR-IBAN) or SCOR (on the
/// ordinary IBAN), a message for the QR-bill, and its lines: re-billable valued services by id, manual lines, and with
/// <c>BudgetsJusqua</c> (AAAA-MM) the budget charges re-billable to this debtor for every month up to it the budget run
/// paid and no invoice billed to it yet (on the dossiers the caller sees).
/// </summary>
internal sealed record FactureRequest(
    Guid? DebiteurId,
    string? TypeDebiteur,
    DateOnly? Date,
    string? TypeReference,
    string? Message,
    IReadOnlyList<Guid>? Prestations,
    IReadOnlyList<LigneFactureRequest>? Lignes,
    string? BudgetsJusqua = null);

/// <summary>
/// A manual line: label, quantity (default 1) × unit price (CHF, 2 decimals), the revenue account (default: by kind of
/// debtor, 4260/4261/4262) and the person / dossier it concerns.
/// </summary>
internal sealed record LigneFactureRequest(
    string? Libelle,
    decimal? Quantite,
    decimal? PrixUnitaire,
    string? CompteRevenu,
    Guid? FicheId,
    Guid? DossierId);

/// <summary>A credit note: the amount (default: what is still open), date (default today) and the reason.</summary>
internal sealed record AvoirRequest(decimal? Montant, DateOnly? Date, string? Motif);

/// <summary>A dunning letter, dated (default today); the invoice must be overdue.</summary>
internal sealed record RappelRequest(DateOnly? Date);
