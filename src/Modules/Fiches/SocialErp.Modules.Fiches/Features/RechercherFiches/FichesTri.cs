using SocialErp.Modules.Fiches.Domain;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.RechercherFiches;

/// <summary>The sort keys a client may ask for on the fiche list.</summary>
internal sealed record FichesTri(string Champ, bool Descendant)
{
    private static readonly string[] Champs = ["nom", "dateNaissance", "creeLe"];

    public static Result<FichesTri> Lire(string? sort)
    {
        if (string.IsNullOrWhiteSpace(sort))
        {
            return new FichesTri("nom", false);
        }

        var descendant = sort.StartsWith('-');
        var champ = sort.TrimStart('-', '+');
        return Champs.Contains(champ, StringComparer.Ordinal)
            ? new FichesTri(champ, descendant)
            : Error.Validation("sort", $"Tri possible sur : {string.Join(", ", Champs)} (préfixe « - » pour l'ordre décroissant).");
    }

    public IOrderedSpecificationBuilder<Fiche> Appliquer(ISpecificationBuilder<Fiche> query) => (Champ, Descendant) switch
    {
        ("dateNaissance", false) => query.OrderBy(f => f.DateNaissance).ThenBy(f => f.Nom),
        ("dateNaissance", true) => query.OrderByDescending(f => f.DateNaissance).ThenBy(f => f.Nom),
        ("creeLe", false) => query.OrderBy(f => f.CreeLe),
        ("creeLe", true) => query.OrderByDescending(f => f.CreeLe),
        (_, false) => query.OrderBy(f => f.Nom).ThenBy(f => f.Prenom),
        (_, true) => query.OrderByDescending(f => f.Nom).ThenByDescending(f => f.Prenom),
    };
}
