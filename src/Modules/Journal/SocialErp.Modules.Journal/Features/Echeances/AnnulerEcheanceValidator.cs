using FluentValidation;
using SocialErp.Modules.Journal.Persistence;

namespace SocialErp.Modules.Journal.Features.Echeances;

internal sealed class AnnulerEcheanceValidator : AbstractValidator<AnnulerEcheanceRequest>
{
    public AnnulerEcheanceValidator() =>
        RuleFor(r => r.Motif)
            .Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage("Le motif de l'annulation est obligatoire.")
            .MaximumLength(EcheanceConfiguration.MotifMaxLength);
}
