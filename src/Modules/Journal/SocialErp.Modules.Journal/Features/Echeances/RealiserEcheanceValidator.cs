using FluentValidation;
using SocialErp.Modules.Journal.Persistence;

namespace SocialErp.Modules.Journal.Features.Echeances;

internal sealed class RealiserEcheanceValidator : AbstractValidator<RealiserEcheanceRequest>
{
    public RealiserEcheanceValidator() =>
        RuleFor(r => r.Commentaire).MaximumLength(EcheanceConfiguration.CommentaireMaxLength);
}
