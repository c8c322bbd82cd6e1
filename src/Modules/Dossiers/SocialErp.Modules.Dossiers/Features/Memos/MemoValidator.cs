using FluentValidation;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Persistence;

namespace SocialErp.Modules.Dossiers.Features.Memos;

internal sealed class MemoValidator : AbstractValidator<MemoRequest>
{
    public MemoValidator()
    {
        RuleFor(m => m.Visibilite).NotEmpty().Must(v => VisibilitesMemo.Toutes.Contains(v))
            .WithMessage($"Visibilité inconnue. Visibilités possibles : {string.Join(", ", VisibilitesMemo.Toutes)}.");
        RuleFor(m => m.Texte).NotEmpty().MaximumLength(MemoConfiguration.TexteMaxLength);
    }
}
