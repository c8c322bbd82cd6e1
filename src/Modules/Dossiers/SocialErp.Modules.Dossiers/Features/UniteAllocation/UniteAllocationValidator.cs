using FluentValidation;
using SocialErp.Modules.Dossiers.Features.Shared;

namespace SocialErp.Modules.Dossiers.Features.UniteAllocation;

internal sealed class UniteAllocationValidator : AbstractValidator<UniteAllocationRequest>
{
    public UniteAllocationValidator()
    {
        RuleFor(r => r.Periodes).NotEmpty().WithMessage("L'unité d'allocation a au moins une période (avec son requérant).");
        RuleForEach(r => r.Periodes).NotNull().ChildRules(periode =>
        {
            periode.RuleFor(p => p.FicheId).NotEmpty().WithMessage("L'id de la fiche est obligatoire.");
            periode.RuleFor(p => p.Role!).RoleMembre();
            periode.RuleFor(p => p.Du).NotEmpty().WithMessage("Le début de la période est obligatoire.");
            periode.RuleFor(p => p.Au).GreaterThanOrEqualTo(p => p.Du).When(p => p.Du is not null && p.Au is not null)
                .WithMessage("La fin de la période ne peut précéder son début.");
        });
    }
}
