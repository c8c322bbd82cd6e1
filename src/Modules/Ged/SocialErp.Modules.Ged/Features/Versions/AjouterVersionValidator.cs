using FluentValidation;
using SocialErp.Modules.Ged.Persistence;

namespace SocialErp.Modules.Ged.Features.Versions;

internal sealed class AjouterVersionValidator : AbstractValidator<AjouterVersionForm>
{
    public AjouterVersionValidator()
    {
        RuleFor(f => f.Fichier).NotNull().WithMessage("Joignez le fichier (champ multipart « fichier »).");
        RuleFor(f => f.Commentaire).MaximumLength(VersionDocumentConfiguration.CommentaireMaxLength)
            .WithMessage($"Le commentaire a au plus {VersionDocumentConfiguration.CommentaireMaxLength} caractères.");
    }
}
