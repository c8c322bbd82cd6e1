using FluentValidation;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Persistence;

namespace SocialErp.Modules.Dossiers.Features.ChampsPersonnalises;

internal sealed class ChampPersonnaliseValidator : AbstractValidator<ChampPersonnaliseRequest>
{
    public ChampPersonnaliseValidator()
    {
        RuleFor(c => c.Prestation).NotEmpty().MaximumLength(DossierConfiguration.CodeMaxLength);
        RuleFor(c => c.Code).NotEmpty().MaximumLength(ChampPersonnaliseConfiguration.CodeMaxLength)
            .Matches("^[a-z][a-z0-9_-]*$").WithMessage("Le code commence par une minuscule, puis minuscules, chiffres, - et _.");
        RuleFor(c => c.Libelle).NotEmpty().MaximumLength(ChampPersonnaliseConfiguration.LibelleMaxLength);
        RuleFor(c => c.Type).NotEmpty().Must(t => TypesChamp.Tous.Contains(t))
            .WithMessage($"Type inconnu. Types possibles : {string.Join(", ", TypesChamp.Tous)}.");
        RuleFor(c => c.Options).NotEmpty().When(c => c.Type == TypesChamp.Liste).WithMessage("Une liste a au moins une valeur possible.");
        RuleFor(c => c.Options).Empty().When(c => c.Type != TypesChamp.Liste).WithMessage("Seule une liste a des valeurs possibles.");
        RuleForEach(c => c.Options).NotEmpty().MaximumLength(100).Must(o => !o.Contains('|', StringComparison.Ordinal))
            .WithMessage("Une valeur possible ne contient pas « | ».");
        RuleFor(c => c.Options).Must(o => o!.Distinct().Count() == o!.Count).When(c => c.Options is not null)
            .WithMessage("Chaque valeur possible apparaît une fois.");
        RuleFor(c => c.Options).Must(o => string.Join('|', o!).Length <= ChampPersonnaliseConfiguration.OptionsMaxLength)
            .When(c => c.Options is not null).WithMessage("Trop de valeurs possibles.");
    }
}
