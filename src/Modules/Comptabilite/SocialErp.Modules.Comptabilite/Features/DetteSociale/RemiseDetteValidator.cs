using FluentValidation;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.DetteSociale;

internal sealed class RemiseDetteValidator : AbstractValidator<RemiseDetteRequest>
{
    public RemiseDetteValidator()
    {
        RuleFor(r => r.FicheId).NotNull().WithMessage("La fiche est requise.");
        RuleFor(r => r.Categorie).Must(c => c is not null && CategoriesDette.Toutes.Contains(c))
            .WithMessage($"Catégorie inconnue (valeurs : {string.Join(", ", CategoriesDette.Toutes)}).");
        RuleFor(r => r.Montant).NotNull().WithMessage("Le montant est requis.")
            .GreaterThan(0).WithMessage("Le montant est positif.")
            .Must(m => m is null || Montants.AuPlusDeuxDecimales(m.Value)).WithMessage("Un montant a au plus deux décimales.");
        RuleFor(r => r.Date).NotNull().WithMessage("La date est requise.");
        RuleFor(r => r.Motif).NotEmpty().WithMessage("Le motif de la remise est requis.").MaximumLength(TracePeriodeConfiguration.MotifMaxLength);
        RuleFor(r => r.Decision).MaximumLength(CompteConfiguration.LibelleMaxLength);
    }
}
