using FluentValidation;
using SocialErp.Modules.Journal.Persistence;

namespace SocialErp.Modules.Journal.Features.Echeances;

internal sealed class ReattribuerEcheanceValidator : AbstractValidator<ReattribuerEcheanceRequest>
{
    public ReattribuerEcheanceValidator()
    {
        RuleFor(r => r.ResponsableId).NotNull().WithMessage("Indiquez le nouveau responsable.")
            .NotEqual(Guid.Empty).WithMessage("Indiquez le nouveau responsable.");
        RuleFor(r => r.Motif).MaximumLength(EcheanceConfiguration.MotifMaxLength);
    }
}
