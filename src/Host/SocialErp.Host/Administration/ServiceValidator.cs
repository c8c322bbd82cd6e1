using FluentValidation;

namespace SocialErp.Host.Administration;

internal sealed class ServiceValidator : AbstractValidator<ServiceRequest>
{
    public ServiceValidator()
    {
        RuleFor(r => r.Code).NotEmpty().WithMessage("Le code est obligatoire.").MaximumLength(30);
        RuleFor(r => r.Nom).NotEmpty().WithMessage("Le nom est obligatoire.").MaximumLength(200);
    }
}
