using FluentValidation;
using SocialErp.Modules.Dossiers.Persistence;

namespace SocialErp.Modules.Dossiers.Features.Contacts;

internal sealed class ContactValidator : AbstractValidator<ContactRequest>
{
    public ContactValidator()
    {
        RuleFor(c => c.Role).NotEmpty();
        RuleFor(c => c.FicheId).NotEmpty();
        RuleFor(c => c.Au).GreaterThanOrEqualTo(c => c.Du).When(c => c.Du is not null && c.Au is not null)
            .WithMessage("La fin ne peut précéder le début.");
        RuleFor(c => c.Remarque).MaximumLength(ContactDossierConfiguration.RemarqueMaxLength);
    }
}
