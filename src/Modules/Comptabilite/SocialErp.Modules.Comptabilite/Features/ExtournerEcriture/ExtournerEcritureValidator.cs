using FluentValidation;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.ExtournerEcriture;

internal sealed class ExtournerEcritureValidator : AbstractValidator<ExtournerEcritureRequest>
{
    public ExtournerEcritureValidator()
    {
        RuleFor(r => r.Libelle).MaximumLength(EcritureConfiguration.LibelleMaxLength);
        RuleFor(r => r.Correction!).SetValidator(new EcritureRequestValidator()).When(r => r.Correction is not null);
    }
}
