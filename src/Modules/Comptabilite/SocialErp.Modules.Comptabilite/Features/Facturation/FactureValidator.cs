using FluentValidation;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Comptabilite.Persistence.Facturation;

namespace SocialErp.Modules.Comptabilite.Features.Facturation;

internal sealed class FactureValidator : AbstractValidator<FactureRequest>
{
    public const int LignesMax = 500;

    public FactureValidator()
    {
        RuleFor(r => r.DebiteurId).NotNull().WithMessage("Le débiteur (fiche) est requis.");
        RuleFor(r => r.TypeDebiteur).Must(TypesDebiteur.EstConnu)
            .WithMessage($"Type de débiteur inconnu (valeurs : {string.Join(", ", TypesDebiteur.Tous)}).");
        RuleFor(r => r.TypeReference).Must(t => t is null || ReferencesFacture.Types.Contains(t))
            .WithMessage("Type de référence : QRR (QR-IBAN) ou SCOR (référence créancier ISO 11649).");
        RuleFor(r => r.Message).MaximumLength(FactureDebiteurConfiguration.MessageMaxLength);
        RuleFor(r => r).Must(r => (r.Prestations?.Count ?? 0) + (r.Lignes?.Count ?? 0) > 0 || r.BudgetsJusqua is not null)
            .WithName("lignes").OverridePropertyName("lignes")
            .WithMessage("Une facture a au moins une ligne (prestation, charge de budget refacturable ou ligne manuelle).");
        RuleFor(r => r.BudgetsJusqua).Matches(@"^\d{4}-(0[1-9]|1[0-2])$").WithMessage("Le mois s'écrit AAAA-MM (2026-11).");
        RuleFor(r => r.Prestations).Must(p => p is null || p.Count <= LignesMax && p.Distinct().Count() == p.Count)
            .WithMessage($"Au plus {LignesMax} prestations, chacune une fois.");
        RuleFor(r => r.Lignes).Must(l => l is null || l.Count <= LignesMax).WithMessage($"Au plus {LignesMax} lignes.");
        RuleForEach(r => r.Lignes).ChildRules(ligne =>
        {
            ligne.RuleFor(l => l.Libelle).NotEmpty().WithMessage("Le libellé est requis.").MaximumLength(EcritureConfiguration.LibelleMaxLength);
            ligne.RuleFor(l => l.Quantite).GreaterThan(0).When(l => l.Quantite is not null).WithMessage("La quantité est positive.")
                .Must(q => q is null || decimal.Round(q.Value, 4) == q).WithMessage("La quantité a au plus quatre décimales.");
            ligne.RuleFor(l => l.PrixUnitaire).NotNull().WithMessage("Le prix unitaire est requis.")
                .GreaterThan(0).WithMessage("Le prix unitaire est positif.")
                .Must(m => m is null || Montants.AuPlusDeuxDecimales(m.Value)).WithMessage("Un montant a au plus deux décimales.");
            ligne.RuleFor(l => l.CompteRevenu).MaximumLength(CompteConfiguration.NumeroMaxLength);
        });
    }
}

internal sealed class AvoirValidator : AbstractValidator<AvoirRequest>
{
    public AvoirValidator()
    {
        RuleFor(r => r.Montant).GreaterThan(0).When(r => r.Montant is not null).WithMessage("Le montant est positif.")
            .Must(m => m is null || Montants.AuPlusDeuxDecimales(m.Value)).WithMessage("Un montant a au plus deux décimales.");
        RuleFor(r => r.Motif).NotEmpty().WithMessage("Le motif de l'avoir est requis.").MaximumLength(EcritureConfiguration.LibelleMaxLength);
    }
}
