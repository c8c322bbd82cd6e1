using FluentValidation;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Persistence;

namespace SocialErp.Modules.Dossiers.Features.Conventions;

internal sealed class ConventionFinancementValidator : AbstractValidator<ConventionFinancementRequest>
{
    private const decimal MontantMax = 1_000_000_000m;

    public ConventionFinancementValidator()
    {
        RuleFor(c => c.Reference).NotEmpty().MaximumLength(FinancementConfiguration.ReferenceMaxLength);
        RuleFor(c => c.Libelle).NotEmpty().MaximumLength(ConventionFinancementConfiguration.LibelleMaxLength);
        RuleFor(c => c.FinanceurId).NotEmpty();
        RuleFor(c => c.TypeFinanceur).NotEmpty().Must(t => TypesFinanceur.Tous.Contains(t))
            .WithMessage($"Type inconnu. Types possibles : {string.Join(", ", TypesFinanceur.Tous)}.");
        RuleFor(c => c.Du).NotNull();
        RuleFor(c => c.Au).GreaterThanOrEqualTo(c => c.Du).When(c => c.Du is not null && c.Au is not null)
            .WithMessage("La fin de validité ne peut précéder son début.");
        RuleFor(c => c.HeuresFinancees).GreaterThan(0m).PrecisionScale(18, 2, ignoreTrailingZeros: true);
        RuleFor(c => c.ModeMontant).Must(m => ModesMontant.Tous.Contains(m)).When(c => c.ModeMontant is not null)
            .WithMessage($"Mode inconnu. Modes possibles : {string.Join(", ", ModesMontant.Tous)}.");
        RuleFor(c => c.ModeMontant).NotEmpty().When(c => c.Montant is not null).WithMessage("Un montant demande son mode.");
        RuleFor(c => c.Montant).NotNull().When(c => c.ModeMontant is not null).WithMessage("Un mode demande son montant.");
        RuleFor(c => c.Montant).GreaterThan(0m).LessThan(MontantMax).PrecisionScale(18, 2, ignoreTrailingZeros: true);
        RuleFor(c => c.HeuresFinancees).NotNull().When(c => c.ModeMontant == ModesMontant.TauxHoraire)
            .WithMessage("Un taux horaire demande les heures financées.");
        RuleForEach(c => c.Prestations).NotEmpty();
        RuleFor(c => c.Remarques).MaximumLength(ConventionFinancementConfiguration.RemarquesMaxLength);
    }
}
