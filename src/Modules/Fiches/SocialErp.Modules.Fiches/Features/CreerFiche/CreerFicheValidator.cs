using FluentValidation;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;

namespace SocialErp.Modules.Fiches.Features.CreerFiche;

internal sealed class CreerFicheValidator : IdentiteFicheValidator<CreerFicheRequest>
{
    public CreerFicheValidator(TimeProvider timeProvider)
        : base(timeProvider)
    {
        RuleFor(r => r.MotifForcage).NotEmpty().When(r => r.Forcer == true)
            .WithMessage("Forcer la création d'un doublon demande un motif.")
            .MaximumLength(ForcageDoublonConfiguration.MotifMaxLength);
        RuleForEach(r => r.Adresses).NotNull().SetValidator(new AdresseValidator());
    }
}
