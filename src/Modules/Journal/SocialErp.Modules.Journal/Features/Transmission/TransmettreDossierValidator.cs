using FluentValidation;
using SocialErp.Modules.Journal.Persistence;

namespace SocialErp.Modules.Journal.Features.Transmission;

internal sealed class TransmettreDossierValidator : AbstractValidator<TransmettreDossierRequest>
{
    public TransmettreDossierValidator()
    {
        RuleFor(r => r.DestinataireId).NotNull().NotEqual(Guid.Empty).WithMessage("Indiquez le collègue qui reprend le suivi.");
        RuleFor(r => r.Message).NotEmpty().WithMessage("Le message de transmission est obligatoire.")
            .MaximumLength(EntreeJournalConfiguration.TexteMaxLength);
        RuleFor(r => r.Action).MaximumLength(EcheanceConfiguration.ActionMaxLength);
    }
}
