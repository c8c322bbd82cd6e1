using FluentValidation;
using Microsoft.Extensions.Options;
using SocialErp.Modules.Ged.Features.Shared;
using SocialErp.Modules.Ged.Persistence;

namespace SocialErp.Modules.Ged.Features.Modeles;

internal sealed class DeposerModeleValidator : AbstractValidator<DeposerModeleForm>
{
    public DeposerModeleValidator(IOptions<GedOptions> options)
    {
        RuleFor(f => f.Fichier).NotNull().WithMessage("Joignez le modèle DOCX (champ multipart « fichier »).");
        RuleFor(f => f.Code).NotEmpty().WithMessage("Le code est requis.")
            .Matches("^[a-z0-9]+(-[a-z0-9]+)*$").WithMessage("Le code est fait de minuscules, chiffres et tirets (attestation-suivi).")
            .MaximumLength(ModeleConfiguration.CodeMaxLength).WithMessage($"Le code a au plus {ModeleConfiguration.CodeMaxLength} caractères.");
        RuleFor(f => f.Nom).Titre();
        RuleFor(f => f.TypeDocument).TypeDocument(options.Value.Types);
    }
}
