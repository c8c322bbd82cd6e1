using FluentValidation;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;

namespace SocialErp.Modules.Journal.Features.Shared;

/// <summary>Rules shared by writing and correcting an entry.</summary>
internal static class ContenuEntreeValidator
{
    public const int MaxIds = 50;

    public static void RegleType<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> type) =>
        validator.RuleFor(type)
            .Must(TypesEntree.EstCodeValide)
            .WithMessage($"Le type est un code en minuscules (lettres, chiffres, tirets ; {TypesEntree.LongueurMax} caractères au plus), par exemple « entretien ».");

    public static void RegleTexte<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> texte) =>
        validator.RuleFor(texte).NotEmpty().WithMessage("Le texte est obligatoire.").MaximumLength(EntreeJournalConfiguration.TexteMaxLength);

    public static void RegleIds<T>(this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, IReadOnlyList<Guid>?>> ids) =>
        validator.RuleFor(ids)
            .Must(l => l is null || (l.Count <= MaxIds && !l.Contains(Guid.Empty)))
            .WithMessage($"Au plus {MaxIds} identifiants, tous renseignés.");

    public static void RegleConfidentialite<T>(
        this AbstractValidator<T> validator,
        System.Linq.Expressions.Expression<Func<T, string?>> confidentialite,
        Func<T, string?> valeur,
        Func<T, IReadOnlyList<Guid>?> destinataires)
    {
        validator.RuleFor(confidentialite)
            .Must(c => c is null || Confidentialites.Lire(c) is not null)
            .WithMessage("La confidentialité est « dossier », « metier » ou « utilisateurs ».");
        validator.RuleFor(r => destinataires(r))
            .NotEmpty()
            .When(r => valeur(r) == Confidentialites.Code(Confidentialite.Utilisateurs))
            .WithName("destinataires")
            .OverridePropertyName("destinataires")
            .WithMessage("Une entrée réservée à des utilisateurs nomme au moins un destinataire.");
    }
}
