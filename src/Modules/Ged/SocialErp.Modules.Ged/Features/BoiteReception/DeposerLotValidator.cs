using FluentValidation;
using Microsoft.Extensions.Options;

namespace SocialErp.Modules.Ged.Features.BoiteReception;

internal sealed class DeposerLotValidator : AbstractValidator<DeposerLotForm>
{
    public const int FichiersMax = 100;

    public DeposerLotValidator(IOptions<GedOptions> options)
    {
        var types = options.Value.Types;
        RuleFor(f => f.Fichiers).Must(f => f is { Count: > 0 and <= FichiersMax })
            .WithMessage($"Joignez de 1 à {FichiersMax} fichiers (parties multipart « fichiers »).");
        RuleFor(f => f.Type).Must(t => t is null || types.Contains(t))
            .WithMessage($"Type de document inconnu. Types possibles : {string.Join(", ", types)}.");
    }
}
