using FluentValidation;
using SocialErp.Modules.Fiches.Features.Shared;

namespace SocialErp.Modules.Fiches.Features.CreerFiche;

internal sealed class CreerFicheValidator : IdentiteFicheValidator<CreerFicheRequest>
{
    public CreerFicheValidator(TimeProvider timeProvider)
        : base(timeProvider) =>
        RuleForEach(r => r.Adresses).NotNull().SetValidator(new AdresseValidator());
}
