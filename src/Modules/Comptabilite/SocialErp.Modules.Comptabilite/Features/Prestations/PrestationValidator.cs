using FluentValidation;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Prestations;

internal sealed class PrestationValidator : AbstractValidator<PrestationRequest>
{
    public PrestationValidator()
    {
        RuleFor(r => r.IntervenantId).NotNull().WithMessage("L'intervenant est requis.");
        RuleFor(r => r.Date).NotNull().WithMessage("La date est requise.");
        RuleFor(r => r.DossierId).NotNull().WithMessage("Le dossier est requis.");
        RuleFor(r => r.TypePrestation).Must(TypesPrestation.EstConnu)
            .WithMessage($"Type de prestation inconnu (valeurs : {string.Join(", ", TypesPrestation.Tous)}).");
        RuleFor(r => r.DureeMinutes).InclusiveBetween(1, 24 * 60).When(r => r.DureeMinutes is not null)
            .WithMessage("La durée est en minutes, de 1 à 1440.");
        RuleFor(r => r.Quantite).GreaterThan(0).When(r => r.Quantite is not null).WithMessage("La quantité est positive.")
            .Must(q => q is null || decimal.Round(q.Value, 2) == q).WithMessage("La quantité a au plus deux décimales.");
        RuleFor(r => r.Libelle).MaximumLength(EcritureConfiguration.LibelleMaxLength);
        RuleFor(r => r.Tarif).MaximumLength(CompteConfiguration.CodeMaxLength);
    }
}
