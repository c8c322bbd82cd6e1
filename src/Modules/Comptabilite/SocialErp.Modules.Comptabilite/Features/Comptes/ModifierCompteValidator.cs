using FluentValidation;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Comptes;

internal sealed class ModifierCompteValidator : AbstractValidator<ModifierCompteRequest>
{
    public ModifierCompteValidator()
    {
        RuleFor(c => c.Libelle).NotEmpty().WithMessage("Le libellé ne peut être vide.").MaximumLength(CompteConfiguration.LibelleMaxLength)
            .When(c => c.Libelle is not null);
        RuleFor(c => c).Must(c => c.Libelle is not null || c.Actif is not null).WithName("libelle")
            .OverridePropertyName("libelle").WithMessage("Donnez « libelle » et/ou « actif ».");
    }
}
