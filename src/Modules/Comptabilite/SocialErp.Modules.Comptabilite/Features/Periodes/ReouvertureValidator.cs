using FluentValidation;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Periodes;

internal sealed class ReouvertureValidator : AbstractValidator<ReouvertureRequest>
{
    public ReouvertureValidator() =>
        RuleFor(r => r.Motif).NotEmpty().WithMessage("Le motif de la réouverture est requis.").MaximumLength(TracePeriodeConfiguration.MotifMaxLength);
}
