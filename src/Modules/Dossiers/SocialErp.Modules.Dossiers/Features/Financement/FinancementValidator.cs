using FluentValidation;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Persistence;

namespace SocialErp.Modules.Dossiers.Features.Financement;

internal sealed class FinancementValidator : AbstractValidator<FinancementRequest>
{
    private const decimal MontantMax = 1_000_000_000m;

    public FinancementValidator()
    {
        // With a catalogue convention, what is omitted comes from it: the endpoint checks the completed funding.
        When(f => f.Convention?.ConventionId is null, () =>
        {
            RuleFor(f => f.FinanceurPrincipalId).NotEmpty();
            RuleFor(f => f.TypeFinanceur).NotEmpty();
            RuleFor(f => f.ModeMontant).NotEmpty();
            RuleFor(f => f.Montant).NotNull();
        });
        RuleFor(f => f.TypeFinanceur).Must(t => TypesFinanceur.Tous.Contains(t)).When(f => f.TypeFinanceur is not null)
            .WithMessage($"Type inconnu. Types possibles : {string.Join(", ", TypesFinanceur.Tous)}.");
        RuleFor(f => f.ModeMontant).Must(m => ModesMontant.Tous.Contains(m)).When(f => f.ModeMontant is not null)
            .WithMessage($"Mode inconnu. Modes possibles : {string.Join(", ", ModesMontant.Tous)}.");
        RuleFor(f => f.Montant).GreaterThan(0m).LessThan(MontantMax).PrecisionScale(18, 2, ignoreTrailingZeros: true);
        RuleFor(f => f.Convention!.HeuresFinancees).NotNull()
            .When(f => f.ModeMontant == ModesMontant.TauxHoraire && f.Convention?.ConventionId is null)
            .OverridePropertyName("convention.heuresFinancees")
            .WithMessage("Un taux horaire demande les heures financées de la convention.");
        When(f => f.Convention is not null, () =>
        {
            RuleFor(f => f.Convention!.Reference).MaximumLength(FinancementConfiguration.ReferenceMaxLength)
                .OverridePropertyName("convention.reference");
            RuleFor(f => f.Convention!.HeuresFinancees).GreaterThan(0m).PrecisionScale(18, 2, ignoreTrailingZeros: true)
                .OverridePropertyName("convention.heuresFinancees");
            RuleFor(f => f.Convention!.Au).GreaterThanOrEqualTo(f => f.Convention!.Du)
                .When(f => f.Convention!.Du is not null && f.Convention.Au is not null)
                .OverridePropertyName("convention.au")
                .WithMessage("La fin de la convention ne peut précéder son début.");
        });
        When(f => f.CoFinanceurs is { Count: > 0 }, () =>
        {
            RuleFor(f => f.Repartition).NotEmpty().Must(r => Repartitions.Toutes.Contains(r))
                .WithMessage($"Avec des cofinanceurs, la répartition est {string.Join(" ou ", Repartitions.Toutes)}.");
            RuleFor(f => f.PartPrincipale).NotNull().GreaterThanOrEqualTo(0m).PrecisionScale(18, 2, ignoreTrailingZeros: true);
            RuleForEach(f => f.CoFinanceurs).ChildRules(c =>
            {
                c.RuleFor(x => x.FicheId).NotEmpty();
                c.RuleFor(x => x.Part).NotNull().GreaterThan(0m).PrecisionScale(18, 2, ignoreTrailingZeros: true);
            });
            RuleFor(f => f.CoFinanceurs)
                .Must((f, c) => c!.Select(x => x.FicheId).Append(f.FinanceurPrincipalId).Distinct().Count() == c!.Count + 1)
                .WithMessage("Un financeur n'apparaît qu'une fois (principal ou cofinanceur).");
        });
    }
}
