using FluentValidation;
using SocialErp.Modules.Ged.Publipostage;

namespace SocialErp.Modules.Ged.Features.Publipostage;

internal sealed class PublipostageValidator : AbstractValidator<PublipostageRequest>
{
    public PublipostageValidator()
    {
        RuleFor(r => r.DossierId).NotNull().When(r => r.FicheIds is null or { Count: 0 })
            .WithMessage("Indiquez dossierId ou ficheIds.");
        RuleFor(r => r.FicheIds).Null().When(r => r.DossierId is not null)
            .WithMessage("dossierId et ficheIds s'excluent : une fusion vise un dossier ou des fiches.");
        RuleFor(r => r.FicheIds).Must(ids => ids is null || ids.Count <= SourcesFusion.FichesMax)
            .WithMessage($"Au plus {SourcesFusion.FichesMax} fiches par fusion.");
        RuleForEach(r => r.FicheIds).NotEmpty().WithMessage("Identifiant de fiche vide.");
    }
}
