using SocialErp.Modules.Comptabilite.Banque.Identifiants;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Banque.QrFacture;

/// <summary>
/// The content of a Swiss QR-bill (payment part), already checked against the Swiss Implementation Guidelines
/// QR-bill v2.3: Swiss/Liechtenstein account, structured addresses, QR-IBAN ⇔ QR reference, CHF or EUR, amount
/// 0.01–999 999 999.99 or open, message and billing information together ≤ 140 characters, at most two
/// alternative procedures of ≤ 100 characters. Built by <see cref="Creer"/>, written by
/// <see cref="GenerateurFactureQr"/>, read back by <see cref="LecteurFactureQr"/>.
/// </summary>
internal sealed record FactureQr
{
    public const int LongueurMaximaleMessages = 140;

    public const int LongueurMaximaleProcedure = 100;

    public static readonly IReadOnlyList<string> Monnaies = ["CHF", "EUR"];

    private FactureQr(
        Iban compte, AdresseStructuree creancier, decimal? montant, string monnaie, AdresseStructuree? debiteur,
        ReferencePaiement reference, string? message, string? informationsFacturation, IReadOnlyList<string> proceduresAlternatives)
    {
        Compte = compte;
        Creancier = creancier;
        Montant = montant;
        Monnaie = monnaie;
        Debiteur = debiteur;
        Reference = reference;
        Message = message;
        InformationsFacturation = informationsFacturation;
        ProceduresAlternatives = proceduresAlternatives;
    }

    /// <summary>The creditor's IBAN or QR-IBAN.</summary>
    public Iban Compte { get; }

    public AdresseStructuree Creancier { get; }

    /// <summary>The amount, or null when the payer fills it in.</summary>
    public decimal? Montant { get; }

    public string Monnaie { get; }

    /// <summary>The ultimate debtor, or null when the payer fills it in.</summary>
    public AdresseStructuree? Debiteur { get; }

    public ReferencePaiement Reference { get; }

    /// <summary>Unstructured message (<c>Ustrd</c>).</summary>
    public string? Message { get; }

    /// <summary>Bill information (<c>StrdBkgInf</c>, e.g. Swico S1), kept as given.</summary>
    public string? InformationsFacturation { get; }

    public IReadOnlyList<string> ProceduresAlternatives { get; }

    public static Result<FactureQr> Creer(
        Iban compte,
        AdresseStructuree creancier,
        decimal? montant,
        string monnaie,
        AdresseStructuree? debiteur,
        ReferencePaiement reference,
        string? message = null,
        string? informationsFacturation = null,
        IReadOnlyList<string>? proceduresAlternatives = null)
    {
        message = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        informationsFacturation = string.IsNullOrWhiteSpace(informationsFacturation) ? null : informationsFacturation.Trim();
        proceduresAlternatives ??= [];

        var erreur = (compte.EstSuisse ? null : BanqueErrors.IbanNonSuisse("iban", compte.Pays))
            ?? reference.VerifierCompte(compte)
            ?? (montant is { } m ? MontantBancaire.Verifier(m) : null)
            ?? VerifierMonnaie(monnaie)
            ?? VerifierTextes(message, informationsFacturation, proceduresAlternatives);
        if (erreur is not null)
        {
            return erreur;
        }

        return new FactureQr(compte, creancier, montant, monnaie, debiteur, reference, message, informationsFacturation, proceduresAlternatives);
    }

    private static Error? VerifierMonnaie(string monnaie) =>
        Monnaies.Contains(monnaie)
            ? null
            : BanqueErrors.FactureQrInvalide("monnaie", $"Une facture QR est en CHF ou en EUR, pas en « {monnaie} ».");

    private static Error? VerifierTextes(string? message, string? informations, IReadOnlyList<string> procedures)
    {
        if ((message?.Length ?? 0) + (informations?.Length ?? 0) > LongueurMaximaleMessages)
        {
            return BanqueErrors.FactureQrInvalide(
                "message", $"La communication et les informations de facture ont ensemble au plus {LongueurMaximaleMessages} caractères.");
        }

        if (procedures.Count > 2)
        {
            return BanqueErrors.FactureQrInvalide("proceduresAlternatives", "Une facture QR porte au plus deux procédures alternatives.");
        }

        return procedures.Any(p => p.Length > LongueurMaximaleProcedure)
            ? BanqueErrors.FactureQrInvalide("proceduresAlternatives", $"Une procédure alternative a au plus {LongueurMaximaleProcedure} caractères.")
            : null;
    }
}
