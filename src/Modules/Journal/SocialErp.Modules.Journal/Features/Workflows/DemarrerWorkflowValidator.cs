using FluentValidation;

namespace SocialErp.Modules.Journal.Features.Workflows;

internal sealed class DemarrerWorkflowValidator : AbstractValidator<DemarrerWorkflowRequest>
{
    public DemarrerWorkflowValidator()
    {
        RuleFor(r => r.Code).NotEmpty().WithMessage("Indiquez le code du workflow.");
        RuleFor(r => r.DossierId).NotNull().NotEqual(Guid.Empty).WithMessage("Indiquez le dossier.");
    }
}
