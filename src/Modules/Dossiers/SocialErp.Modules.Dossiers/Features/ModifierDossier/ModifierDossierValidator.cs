using FluentValidation;
using SocialErp.Modules.Dossiers.Persistence;

namespace SocialErp.Modules.Dossiers.Features.ModifierDossier;

internal sealed class ModifierDossierValidator : AbstractValidator<ModifierDossierRequest>
{
    public ModifierDossierValidator()
    {
        RuleFor(r => r.Nom).NotEmpty().When(r => r.Nom is not null).WithMessage("Le nom ne peut pas être vide.")
            .MaximumLength(DossierConfiguration.NomMaxLength);
        RuleFor(r => r.Prestation).NotEmpty().When(r => r.Prestation is not null).MaximumLength(DossierConfiguration.CodeMaxLength);
        RuleFor(r => r.Description).MaximumLength(DossierConfiguration.DescriptionMaxLength);
        RuleFor(r => r.CommuneDomicile).InclusiveBetween(1, 9999).WithMessage("Le numéro OFS de commune est compris entre 1 et 9999.");
        RuleFor(r => r.DateSortieReelle).GreaterThanOrEqualTo(r => r.DateEntree)
            .When(r => r.DateEntree is not null && r.DateSortieReelle is not null)
            .WithMessage("La sortie ne peut précéder l'entrée.");
    }
}
