using FluentValidation;
using SocialErp.Modules.Ged.Features.Shared;

namespace SocialErp.Modules.Ged.Features.CiblesDocument;

internal sealed class CibleRequestValidator : AbstractValidator<CibleRequest>
{
    public CibleRequestValidator()
    {
        RuleFor(r => r.CibleType).CibleType();
        RuleFor(r => r.CibleId).CibleId();
    }
}
