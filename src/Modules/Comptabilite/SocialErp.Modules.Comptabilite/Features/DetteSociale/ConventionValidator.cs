using FluentValidation;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.DetteSociale;

internal sealed class ConventionValidator : AbstractValidator<ConventionRequest>
{
    public ConventionValidator()
    {
        RuleFor(c => c.FicheId).NotNull().WithMessage("La fiche est requise.");
        RuleFor(c => c.Categorie).Must(c => c is not null && CategoriesDette.Toutes.Contains(c))
            .WithMessage($"Catégorie inconnue (valeurs : {string.Join(", ", CategoriesDette.Toutes)}).");
        RuleFor(c => c.MontantMensuel).NotNull().WithMessage("Le montant mensuel est requis.")
            .GreaterThan(0).WithMessage("Le montant mensuel est positif.")
            .Must(m => m is null || Montants.AuPlusDeuxDecimales(m.Value)).WithMessage("Un montant a au plus deux décimales.");
        RuleFor(c => c.Du).NotNull().WithMessage("La date de début est requise.");
        RuleFor(c => c.Au).GreaterThanOrEqualTo(c => c.Du).When(c => c.Au is not null && c.Du is not null).WithMessage("« au » suit « du ».");
        RuleFor(c => c.Remarque).MaximumLength(TracePeriodeConfiguration.MotifMaxLength);
    }
}
