using System.Linq.Expressions;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Fiches.Features.RechercherFiches;

/// <summary>
/// The column filters of a fiche search, already validated; <paramref name="Conditions"/> are more that a feature built
/// on the search adds (the address book's reachability).
/// </summary>
internal sealed record FiltresFiches(
    bool Archivee, TypeFiche? Type, string? Categorie, int? Commune, IReadOnlyList<Expression<Func<Fiche, bool>>>? Conditions = null)
{
    public IQueryable<Fiche> Appliquer(IQueryable<Fiche> fiches)
    {
        var archivee = Archivee;
        fiches = fiches.Where(f => f.Archivee == archivee);
        if (Type is { } type)
        {
            fiches = fiches.Where(f => f.Type == type);
        }

        if (Categorie is { } categorie)
        {
            fiches = fiches.Where(f => f.Categories.Any(c => c.Categorie == categorie));
        }

        if (Commune is { } commune)
        {
            fiches = fiches.Where(f => f.CommuneResidence == commune);
        }

        return (Conditions ?? []).Aggregate(fiches, (filtrees, condition) => filtrees.Where(condition));
    }

    /// <summary>The filters as the query gives them, or the first one that is not valid.</summary>
    public static Result<FiltresFiches> Lire(bool? archivee, string? typeDemande, string? categorie, int? commune)
    {
        if (categorie is not null && !CategoriesFiche.EstConnue(categorie))
        {
            return Error.Validation("categorie", $"Catégorie inconnue. Catégories possibles : {string.Join(", ", CategoriesFiche.Toutes)}.");
        }

        TypeFiche? type = null;
        if (typeDemande is not null)
        {
            if (!typeDemande.All(char.IsAsciiLetter) || !Enum.TryParse<TypeFiche>(typeDemande, ignoreCase: true, out var lu))
            {
                return Error.Validation("type", "Le type est « personne » ou « organisation ».");
            }

            type = lu;
        }

        if (commune is < 1 or > 9999)
        {
            return Error.Validation("commune", "Le numéro OFS de commune est compris entre 1 et 9999.");
        }

        return new FiltresFiches(archivee ?? false, type, categorie, commune);
    }
}
