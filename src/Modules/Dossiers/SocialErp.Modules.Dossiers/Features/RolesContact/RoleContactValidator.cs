using FluentValidation;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.Modules.Fiches.Contracts;

namespace SocialErp.Modules.Dossiers.Features.RolesContact;

internal sealed class RoleContactValidator : AbstractValidator<RoleContactRequest>
{
    public RoleContactValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(ContactDossierConfiguration.RoleMaxLength)
            .Matches("^[a-z0-9-]+$").WithMessage("Le code est fait de lettres minuscules, chiffres et -.");
        RuleFor(r => r.Libelle).NotEmpty().MaximumLength(RoleContactConfiguration.LibelleMaxLength);
        RuleFor(r => r.CategorieFiche).Must(CategoriesFiche.EstConnue).When(r => r.CategorieFiche is not null)
            .WithMessage($"Catégorie de fiche inconnue. Catégories possibles : {string.Join(", ", CategoriesFiche.Toutes)}.");
    }
}
