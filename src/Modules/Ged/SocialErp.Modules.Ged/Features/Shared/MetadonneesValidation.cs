using FluentValidation;
using SocialErp.Modules.Ged.Persistence;

namespace SocialErp.Modules.Ged.Features.Shared;

/// <summary>The rules shared by every form carrying document metadata.</summary>
internal static class MetadonneesValidation
{
    public static void Titre<T>(this IRuleBuilder<T, string?> regle) =>
        regle.NotEmpty().WithMessage("Le titre est requis.")
            .MaximumLength(DocumentConfiguration.TitreMaxLength).WithMessage($"Le titre a au plus {DocumentConfiguration.TitreMaxLength} caractères.");

    public static void TypeDocument<T>(this IRuleBuilder<T, string?> regle, IReadOnlyList<string> types) =>
        regle.NotEmpty().WithMessage("Le type de document est requis.")
            .Must(t => t is null || types.Contains(t)).WithMessage($"Type de document inconnu. Types possibles : {string.Join(", ", types)}.");

    public static void Direction<T>(this IRuleBuilder<T, string?> regle) =>
        regle.Must(d => d is null || Codes.Directions.Contains(d)).WithMessage("La direction est « entrant » ou « produit ».");

    public static void Confidentialite<T>(this IRuleBuilder<T, string?> regle) =>
        regle.Must(c => c is null || Codes.Confidentialites.Contains(c)).WithMessage("La confidentialité est « normale » ou « confidentielle ».");

    public static void Description<T>(this IRuleBuilder<T, string?> regle) =>
        regle.MaximumLength(DocumentConfiguration.DescriptionMaxLength)
            .WithMessage($"La description a au plus {DocumentConfiguration.DescriptionMaxLength} caractères.");

    public static void CibleType<T>(this IRuleBuilder<T, string?> regle) =>
        regle.NotEmpty().WithMessage("Le type de cible est requis (fiche, dossier…).")
            .MaximumLength(DocumentCibleConfiguration.CibleTypeMaxLength).WithMessage("Type de cible inconnu.");

    public static void CibleId<T>(this IRuleBuilder<T, Guid?> regle) =>
        regle.NotEmpty().WithMessage("L'identifiant de la cible est requis.");
}
