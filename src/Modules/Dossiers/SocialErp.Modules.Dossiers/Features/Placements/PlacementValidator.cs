using FluentValidation;
using SocialErp.Modules.Dossiers.Features.Structures;
using SocialErp.Modules.Dossiers.Persistence;

namespace SocialErp.Modules.Dossiers.Features.Placements;

internal sealed class PlacementValidator : AbstractValidator<PlacementRequest>
{
    public PlacementValidator()
    {
        RuleFor(p => p.FicheId).NotEmpty();
        RuleFor(p => p.PlaceCode).NotEmpty().MaximumLength(StructureConfiguration.CodeMaxLength);
        RuleFor(p => p.Du).NotNull();
        RuleFor(p => p.Au).GreaterThanOrEqualTo(p => p.Du).When(p => p.Du is not null && p.Au is not null)
            .WithMessage("La fin du placement ne peut précéder son début.");
        RuleFor(p => p.TauxOccupation).InclusiveBetween(0m, 100m).PrecisionScale(5, 2, ignoreTrailingZeros: true);
        RuleFor(p => p.PlanningCode).MaximumLength(StructureConfiguration.CodeMaxLength);
        RuleFor(p => p.Jours).JoursSemaine();
        RuleFor(p => p.Remarque).MaximumLength(PlacementConfiguration.RemarqueMaxLength);
    }
}

internal sealed class FinPlacementValidator : AbstractValidator<FinPlacementRequest>
{
    public FinPlacementValidator() => RuleFor(f => f.Au).NotNull();
}
