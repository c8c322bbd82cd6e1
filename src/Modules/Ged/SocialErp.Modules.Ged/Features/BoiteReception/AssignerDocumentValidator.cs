using FluentValidation;
using Microsoft.Extensions.Options;
using SocialErp.Modules.Ged.Features.Shared;
using SocialErp.Modules.Ged.Persistence;

namespace SocialErp.Modules.Ged.Features.BoiteReception;

internal sealed class AssignerDocumentValidator : AbstractValidator<AssignerDocumentRequest>
{
    public AssignerDocumentValidator(IOptions<GedOptions> options)
    {
        var types = options.Value.Types;
        RuleFor(r => r.CibleType).CibleType();
        RuleFor(r => r.CibleId).CibleId();
        RuleFor(r => r.Titre).MaximumLength(DocumentConfiguration.TitreMaxLength)
            .WithMessage($"Le titre a au plus {DocumentConfiguration.TitreMaxLength} caractères.")
            .Must(t => t is null || t.Trim().Length > 0).WithMessage("Le titre ne peut pas être vide.");
        RuleFor(r => r.Type).Must(t => t is null || types.Contains(t))
            .WithMessage($"Type de document inconnu. Types possibles : {string.Join(", ", types)}.");
        RuleFor(r => r.Direction).Direction();
        RuleFor(r => r.Confidentialite).Confidentialite();
        RuleFor(r => r.Description).Description();
    }
}
