using FluentValidation;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Prestations;

internal sealed class TarifValidator : AbstractValidator<TarifRequest>
{
    public TarifValidator()
    {
        RuleFor(r => r.Code).NotEmpty().WithMessage("Le code du tarif est requis.").MaximumLength(CompteConfiguration.CodeMaxLength);
        RuleFor(r => r.Libelle).NotEmpty().WithMessage("Le libellé est requis.").MaximumLength(CompteConfiguration.LibelleMaxLength);
        RuleFor(r => r.TypePrestation).Must(TypesPrestation.EstConnu)
            .WithMessage($"Type de prestation inconnu (valeurs : {string.Join(", ", TypesPrestation.Tous)}).");
        RuleFor(r => r.Unite).Must(u => u is not null && UnitesTarif.Toutes.Contains(u))
            .WithMessage($"Unité inconnue (valeurs : {string.Join(", ", UnitesTarif.Toutes)}).");
        RuleFor(r => r.Prix).NotNull().WithMessage("Le prix est requis.")
            .GreaterThan(0).WithMessage("Le prix est positif.")
            .Must(m => m is null || Montants.AuPlusDeuxDecimales(m.Value)).WithMessage("Un montant a au plus deux décimales.");
        RuleFor(r => r.ValideDu).NotNull().WithMessage("La date de début de validité est requise.");
        RuleFor(r => r.ValideAu).Must((r, au) => au is null || r.ValideDu is null || au >= r.ValideDu)
            .WithMessage("La fin de validité suit le début.");
    }
}
