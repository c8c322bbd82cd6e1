using FluentValidation;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Persistence;

namespace SocialErp.Modules.Dossiers.Features.Structures;

internal sealed class StructureValidator : AbstractValidator<StructureRequest>
{
    public StructureValidator()
    {
        RuleFor(s => s.Code).CodeParametre();
        RuleFor(s => s.Libelle).LibelleStructure();
        RuleFor(s => s.Type).TypeStructure();
        RuleFor(s => s.Places).PlacesStructure();
    }
}

internal sealed class ModifierStructureValidator : AbstractValidator<ModifierStructureRequest>
{
    public ModifierStructureValidator()
    {
        RuleFor(s => s.Libelle).LibelleStructure();
        RuleFor(s => s.Type).TypeStructure();
        RuleFor(s => s.Places).PlacesStructure();
    }
}

internal sealed class PlanningTypeValidator : AbstractValidator<PlanningTypeRequest>
{
    public PlanningTypeValidator()
    {
        RuleFor(p => p.Code).CodeParametre();
        RuleFor(p => p.Libelle).NotEmpty().MaximumLength(StructureConfiguration.LibelleMaxLength);
        RuleFor(p => p.TauxOccupation).NotNull().InclusiveBetween(0m, 100m).PrecisionScale(5, 2, ignoreTrailingZeros: true);
        RuleFor(p => p.Jours).NotEmpty().JoursSemaine();
    }
}

internal static class ReglesStructures
{
    public static IRuleBuilderOptions<T, string?> LibelleStructure<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(StructureConfiguration.LibelleMaxLength);

    public static IRuleBuilderOptions<T, string?> TypeStructure<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().Must(t => TypesStructure.Tous.Contains(t))
            .WithMessage($"Type inconnu. Types possibles : {string.Join(", ", TypesStructure.Tous)}.");

    public static void PlacesStructure<T>(this IRuleBuilder<T, IReadOnlyList<PlaceRequest>?> rule)
    {
        rule.ForEach(p => p.ChildRules(place =>
        {
            place.RuleFor(x => x.Code).CodeParametre();
            place.RuleFor(x => x.Libelle).LibelleStructure();
        }));
        rule.Must(p => p is null || p.Select(x => x.Code).Distinct().Count() == p.Count).WithMessage("Chaque place a son propre code.");
    }

    public static IRuleBuilderOptions<T, string?> CodeParametre<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(StructureConfiguration.CodeMaxLength)
            .Matches("^[A-Za-z0-9._-]+$").WithMessage("Le code est fait de lettres, chiffres, point, - et _.");

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> JoursSemaine<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(j => j is null || (j.All(Domain.JoursSemaine.Tous.Contains) && j.Distinct().Count() == j.Count))
            .WithMessage($"Jours possibles, une fois chacun : {string.Join(", ", Domain.JoursSemaine.Tous)}.");
}
