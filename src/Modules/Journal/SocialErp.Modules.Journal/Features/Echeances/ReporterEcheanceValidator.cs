using FluentValidation;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Journal.Features.Echeances;

internal sealed class ReporterEcheanceValidator : AbstractValidator<ReporterEcheanceRequest>
{
    public ReporterEcheanceValidator(TimeProvider timeProvider)
    {
        RuleFor(r => r.Date).NotNull().WithMessage("La nouvelle date de l'échéance est obligatoire.")
            .Must(d => d is null || d >= timeProvider.Aujourdhui()).WithMessage("La nouvelle date ne peut pas être passée.");
        RuleFor(r => r.Motif).MaximumLength(EcheanceConfiguration.MotifMaxLength);
    }
}
