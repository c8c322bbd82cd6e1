using FluentValidation;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Comptes;

internal sealed partial class CreerCompteValidator : AbstractValidator<CreerCompteRequest>
{
    public CreerCompteValidator()
    {
        RuleFor(c => c.Numero).NotEmpty().WithMessage("Le numéro est requis.")
            .Matches(NumeroMch2()).WithMessage("Le numéro a quatre chiffres, puis éventuellement un point et un à quatre chiffres (3637.01).");
        RuleFor(c => c.Libelle).NotEmpty().WithMessage("Le libellé est requis.").MaximumLength(CompteConfiguration.LibelleMaxLength);
        RuleFor(c => c.Classe).Must(c => c is not null && ClassesCompte.Toutes.Contains(c))
            .WithMessage($"Classe inconnue (valeurs : {string.Join(", ", ClassesCompte.Toutes)}).");
        RuleFor(c => c.Classe).Must((c, classe) => ClasseDuNumero(c.Numero) == classe)
            .When(c => c.Numero is not null && NumeroMch2().IsMatch(c.Numero) && ClassesCompte.Toutes.Contains(c.Classe ?? string.Empty))
            .WithMessage("Le premier chiffre du numéro donne la classe : 1 actif, 2 passif, 3 charge, 4 revenu.");
        RuleFor(c => c.Genre).Must(g => g is not null && GenresCompte.Tous.Contains(g))
            .WithMessage($"Genre inconnu (valeurs : {string.Join(", ", GenresCompte.Tous)}).");
        RuleFor(c => c.Genre).Must((c, genre) => GenresCompte.CompatibleAvec(genre!, c.Classe!))
            .When(c => GenresCompte.Tous.Contains(c.Genre ?? string.Empty) && ClassesCompte.Toutes.Contains(c.Classe ?? string.Empty))
            .WithMessage("Ce genre de compte n'existe pas dans cette classe.");
        RuleFor(c => c.TypeCharge).Must(t => t is null || TypesCharge.Tous.Contains(t))
            .WithMessage($"Type de charge inconnu (valeurs : {string.Join(", ", TypesCharge.Tous)}).");
        RuleFor(c => c.CategorieDette).Must((c, categorie) => GenresCompte.EstDette(c.Genre ?? string.Empty)
                ? categorie is not null && CategoriesDette.Toutes.Contains(categorie)
                : categorie is null)
            .WithMessage($"Une catégorie de dette ({string.Join(", ", CategoriesDette.Toutes)}) est requise pour un compte de prêt ou de dette sociale, et seulement pour eux.");
    }

    private static string? ClasseDuNumero(string? numero) => numero?[0] switch
    {
        '1' => ClassesCompte.Actif,
        '2' => ClassesCompte.Passif,
        '3' => ClassesCompte.Charge,
        '4' => ClassesCompte.Revenu,
        _ => null,
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"^[1-9][0-9]{3}(\.[0-9]{1,4})?$")]
    private static partial System.Text.RegularExpressions.Regex NumeroMch2();
}
