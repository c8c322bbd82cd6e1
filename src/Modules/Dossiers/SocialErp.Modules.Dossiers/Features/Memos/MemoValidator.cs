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
        RuleFor(m => m.Nature).Must(n => NaturesMemo.Toutes.Contains(n)).When(m => m.Nature is not null)
            .WithMessage(NatureInconnue);
        RuleFor(m => m.Relance!.Date).NotNull().When(m => m.Relance is not null).OverridePropertyName("relance.date")
            .WithMessage("La date de la relance est obligatoire.");
    }

    public static string NatureInconnue { get; } = $"Nature inconnue. Natures possibles : {string.Join(", ", NaturesMemo.Toutes)}.";
}
