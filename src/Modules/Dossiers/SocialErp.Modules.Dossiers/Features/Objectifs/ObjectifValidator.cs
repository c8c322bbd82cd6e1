using FluentValidation;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Persistence;

namespace SocialErp.Modules.Dossiers.Features.Objectifs;

internal sealed class ObjectifValidator : AbstractValidator<ObjectifRequest>
{
    public ObjectifValidator()
    {
        RuleFor(o => o.Nature).NotEmpty().Must(n => NaturesObjectif.Toutes.Contains(n))
            .WithMessage($"Nature inconnue. Natures possibles : {string.Join(", ", NaturesObjectif.Toutes)}.");
        RuleFor(o => o.Genre)
            .Must((o, g) => NaturesObjectif.Genres(o.Nature!).Count == 0 ? g is null : NaturesObjectif.Genres(o.Nature!).Contains(g))
            .When(o => NaturesObjectif.Toutes.Contains(o.Nature))
            .WithMessage(o => NaturesObjectif.Genres(o.Nature!).Count == 0
                ? "Un objectif professionnel n'a pas de genre."
                : $"Genre requis pour cette nature : {string.Join(", ", NaturesObjectif.Genres(o.Nature!))}.");
        RuleFor(o => o.Libelle).NotEmpty().MaximumLength(ObjectifConfiguration.LibelleMaxLength);
        RuleFor(o => o.Description).MaximumLength(ObjectifConfiguration.TexteMaxLength);
        RuleFor(o => o.Cible).MaximumLength(ObjectifConfiguration.LibelleMaxLength);
        RuleFor(o => o.EvalueLe).Null().When(o => o.Atteint is null).WithMessage("Une date d'évaluation demande une évaluation (atteint).");
    }
}
