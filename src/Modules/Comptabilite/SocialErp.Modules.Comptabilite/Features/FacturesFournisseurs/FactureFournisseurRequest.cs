using FluentValidation;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.FacturesFournisseurs;

/// <summary>
/// A supplier invoice: either the QR-bill payload (<c>Qr</c>: account, reference, amount and creditor are read from
/// it) or the account (<c>Iban</c>, <c>TypeReference</c>, <c>Reference</c>) with the supplier's fiche or address. The
/// amount is split over dossiers (and persons); the shares add up to the amount.
/// </summary>
internal sealed record FactureFournisseurRequest(
    Guid? FournisseurId,
    string? Qr,
    string? Iban,
    string? TypeReference,
    string? Reference,
    AdresseFournisseurRequest? Adresse,
    decimal? Montant,
    string? NumeroFacture,
    DateOnly? DateFacture,
    DateOnly? Echeance,
    string? Communication,
    IReadOnlyList<RepartitionRequest>? Repartitions);

internal sealed record AdresseFournisseurRequest(string? Nom, string? Rue, string? Numero, string? CodePostal, string? Localite, string? Pays);

internal sealed record RepartitionRequest(Guid? DossierId, Guid? FicheId, decimal? Montant, string? Compte, string? Libelle);

internal sealed class FactureFournisseurValidator : AbstractValidator<FactureFournisseurRequest>
{
    public FactureFournisseurValidator()
    {
        RuleFor(r => r.Iban).NotEmpty().When(r => string.IsNullOrWhiteSpace(r.Qr)).WithMessage("Le compte du fournisseur (IBAN) ou la facture QR est requis.");
        RuleFor(r => r.Montant).NotNull().When(r => string.IsNullOrWhiteSpace(r.Qr)).WithMessage("Le montant est requis.");
        RuleFor(r => r.Montant).GreaterThan(0).WithMessage("Le montant est positif.")
            .Must(m => m is null || Montants.AuPlusDeuxDecimales(m.Value)).WithMessage("Un montant a au plus deux décimales.");
        RuleFor(r => r.DateFacture).NotNull().WithMessage("La date de la facture est requise.");
        RuleFor(r => r.Echeance).Must((r, e) => e is null || r.DateFacture is null || e >= r.DateFacture).WithMessage("L'échéance suit la date de la facture.");
        RuleFor(r => r.NumeroFacture).MaximumLength(LigneBudgetConfiguration.ReferenceMaxLength);
        RuleFor(r => r.Communication).MaximumLength(140);
        RuleFor(r => r.Repartitions).NotEmpty().WithMessage("La facture est répartie sur au moins un dossier.");
        RuleForEach(r => r.Repartitions).ChildRules(repartition =>
        {
            repartition.RuleFor(p => p.DossierId).NotNull().WithMessage("Le dossier est requis.");
            repartition.RuleFor(p => p.Montant).NotNull().WithMessage("Le montant est requis.").GreaterThan(0).WithMessage("Le montant est positif.")
                .Must(m => m is null || Montants.AuPlusDeuxDecimales(m.Value)).WithMessage("Un montant a au plus deux décimales.");
            repartition.RuleFor(p => p.Libelle).MaximumLength(CompteConfiguration.LibelleMaxLength);
        });
    }
}
