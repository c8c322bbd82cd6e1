using FluentValidation;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Domain.Budgets;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Budgets;

internal sealed class BudgetValidator : AbstractValidator<BudgetRequest>
{
    public BudgetValidator()
    {
        RuleFor(r => r.DossierId).NotNull().WithMessage("Le dossier (unité d'allocation) est requis.");
        RuleFor(r => r.Genre).Must(g => g is not null && GenresBudget.Tous.Contains(g))
            .WithMessage($"Genre inconnu (valeurs : {string.Join(", ", GenresBudget.Tous)}).");
        RuleFor(r => r.Libelle).MaximumLength(CompteConfiguration.LibelleMaxLength);
        Include(new VersionValidator<BudgetRequest>(r => r.Du, r => r.Au, r => r.TailleMenage, r => r.Motif, r => r.Lignes));
    }
}

internal sealed class VersionBudgetValidator : AbstractValidator<VersionBudgetRequest>
{
    public VersionBudgetValidator() =>
        Include(new VersionValidator<VersionBudgetRequest>(r => r.Du, r => r.Au, r => r.TailleMenage, r => r.Motif, r => r.Lignes));
}

/// <summary>The rules a version obeys, whether it opens a budget or follows another.</summary>
internal sealed class VersionValidator<T> : AbstractValidator<T>
{
    public VersionValidator(
        Func<T, DateOnly?> du, Func<T, DateOnly?> au, Func<T, int?> taille, Func<T, string?> motif, Func<T, IReadOnlyList<LigneBudgetRequest>?> lignes)
    {
        RuleFor(r => du(r)).NotNull().OverridePropertyName("du").WithMessage("La date de début de validité est requise.");
        RuleFor(r => au(r)).Must((r, a) => a is null || du(r) is null || a >= du(r)).OverridePropertyName("au")
            .WithMessage("La fin de validité suit le début.");
        RuleFor(r => taille(r)).InclusiveBetween(1, 20).OverridePropertyName("tailleMenage").WithMessage("La taille du ménage va de 1 à 20 personnes.");
        RuleFor(r => motif(r)).MaximumLength(TracePeriodeConfiguration.MotifMaxLength).OverridePropertyName("motif");
        RuleFor(r => lignes(r)).NotEmpty().OverridePropertyName("lignes").WithMessage("Un budget a au moins une ligne.");
        RuleForEach(r => lignes(r)).SetValidator(new LigneBudgetValidator()).OverridePropertyName("lignes");
    }
}

internal sealed class LigneBudgetValidator : AbstractValidator<LigneBudgetRequest>
{
    private static readonly IReadOnlyList<string> Types = [.. TypesLigneBudget.Ressources, .. TypesLigneBudget.Charges];

    public LigneBudgetValidator()
    {
        RuleFor(l => l.Type).Must(t => t is not null && Types.Contains(t)).WithMessage($"Type inconnu (valeurs : {string.Join(", ", Types)}).");
        RuleFor(l => l.Libelle).MaximumLength(CompteConfiguration.LibelleMaxLength);
        RuleFor(l => l.Montant).NotNull().When(l => l.Type != TypesLigneBudget.Entretien)
            .WithMessage("Le montant est requis (seul l'entretien de base peut suivre le barème CSIAS).");
        RuleFor(l => l.Montant).GreaterThan(0).WithMessage("Le montant est positif.")
            .Must(m => m is null || Montants.AuPlusDeuxDecimales(m.Value)).WithMessage("Un montant a au plus deux décimales.");
        RuleFor(l => l.Periodicite).Must(p => p is null || Periodicites.Toutes.Contains(p))
            .WithMessage($"Périodicité inconnue (valeurs : {string.Join(", ", Periodicites.Toutes)}).");
        RuleFor(l => l.Au).Must((l, au) => au is null || l.Du is null || au >= l.Du).WithMessage("La fin de validité suit le début.");
        RuleFor(l => l.BeneficiaireId).NotNull().WithMessage("La personne bénéficiaire est requise.");
        RuleFor(l => l.Iban).NotEmpty().When(l => l.Type is not null && !TypesLigneBudget.EstRessource(l.Type))
            .WithMessage("Une charge dit sur quel compte (IBAN) elle est versée.");
        RuleFor(l => l.TypeReference).Must(t => t is null or "QRR" or "SCOR" or "NON").WithMessage("Type de référence : QRR, SCOR ou NON.");
    }
}
