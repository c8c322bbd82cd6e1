using FluentValidation;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Persistence;

namespace SocialErp.Modules.Fiches.Features.Shared;

internal sealed class ContactValidator : AbstractValidator<ContactRequest>
{
    public ContactValidator()
    {
        RuleFor(c => c.Type).NotNull().IsInEnum().WithMessage("Le type est « telephone », « mobile », « email » ou « fax ».");
        RuleFor(c => c.Valeur).NotEmpty().WithMessage("La valeur du contact est obligatoire.");
        RuleFor(c => c.Valeur).EmailAddress().MaximumLength(FicheConfiguration.EmailMaxLength)
            .WithMessage("L'adresse e-mail n'est pas valide.")
            .When(c => c.Type == TypeContact.Email && !string.IsNullOrWhiteSpace(c.Valeur));
        RuleFor(c => c.Valeur).Must(v => NumeroTelephone.Normaliser(v!) is not null)
            .WithMessage("Le numéro doit compter de 9 à 15 chiffres (par exemple 079 123 45 67 ou +41 79 123 45 67).")
            .When(c => c.Type is not (null or TypeContact.Email) && !string.IsNullOrWhiteSpace(c.Valeur));
        RuleFor(c => c.Libelle).MaximumLength(FicheContactConfiguration.LibelleMaxLength);
    }
}
