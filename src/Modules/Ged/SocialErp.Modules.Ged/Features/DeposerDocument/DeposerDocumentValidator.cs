using FluentValidation;
using Microsoft.Extensions.Options;
using SocialErp.Modules.Ged.Features.Shared;

namespace SocialErp.Modules.Ged.Features.DeposerDocument;

internal sealed class DeposerDocumentValidator : AbstractValidator<DeposerDocumentForm>
{
    public DeposerDocumentValidator(IOptions<GedOptions> options)
    {
        RuleFor(f => f.Fichier).NotNull().WithMessage("Joignez le fichier (champ multipart « fichier »).");
        RuleFor(f => f.Titre).Titre();
        RuleFor(f => f.Type).TypeDocument(options.Value.Types);
        RuleFor(f => f.Direction).Direction();
        RuleFor(f => f.Confidentialite).Confidentialite();
        RuleFor(f => f.Description).Description();
        RuleFor(f => f.CibleType).CibleType();
        RuleFor(f => f.CibleId).CibleId();
    }
}
