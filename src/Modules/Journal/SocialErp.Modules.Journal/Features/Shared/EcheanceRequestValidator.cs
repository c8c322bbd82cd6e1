using FluentValidation;
using SocialErp.Modules.Journal.Persistence;

namespace SocialErp.Modules.Journal.Features.Shared;

internal sealed class EcheanceRequestValidator : AbstractValidator<EcheanceRequest>
{
    public EcheanceRequestValidator()
    {
        RuleFor(e => e.Date).NotNull().WithMessage("La date de l'échéance est obligatoire.");
        RuleFor(e => e.ResponsableId).NotNull().WithMessage("Une échéance a un responsable.")
            .NotEqual(Guid.Empty).WithMessage("Une échéance a un responsable.");
        RuleFor(e => e.Action).NotEmpty().WithMessage("L'action à mener est obligatoire.")
            .MaximumLength(EcheanceConfiguration.ActionMaxLength);
    }
}
