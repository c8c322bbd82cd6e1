using FluentValidation;
using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.FusionnerFiches;

internal sealed class FusionnerFichesValidator : AbstractValidator<FusionnerFichesRequest>
{
    public FusionnerFichesValidator()
    {
        RuleFor(r => r.ConserveeId).NotEmpty().WithMessage("La fiche conservée est obligatoire.");
        RuleFor(r => r.AbsorbeeId).NotEmpty().WithMessage("La fiche absorbée est obligatoire.")
            .NotEqual(r => r.ConserveeId).WithMessage("Une fiche ne peut pas être fusionnée avec elle-même.");
        RuleFor(r => r.Choix).Custom((choix, context) =>
        {
            foreach (var (champ, valeur) in choix ?? new Dictionary<string, string>())
            {
                if (ChampsFusion.Trouver(champ) is null)
                {
                    context.AddFailure($"choix.{champ}", $"Champs au choix : {ChampsFusion.Description}.");
                }
                else if (valeur is not (ChoixFusion.Conservee or ChoixFusion.Absorbee))
                {
                    context.AddFailure($"choix.{champ}", $"Chaque choix vaut « {ChoixFusion.Conservee} » ou « {ChoixFusion.Absorbee} ».");
                }
            }
        });
    }
}
