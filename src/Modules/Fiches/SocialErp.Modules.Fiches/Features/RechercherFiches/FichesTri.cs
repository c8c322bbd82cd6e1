using SocialErp.Modules.Fiches.Domain;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Fiches.Features.RechercherFiches;

/// <summary>
/// The sort keys a client may ask for on the fiche list. <c>pertinence</c> (the default with <c>q</c>) orders by
/// the matched search key, then by name: the order of the (terme, tri, fiche_id) index, so the database reads
/// the first page and stops. Without <c>q</c> it means <c>nom</c>.
/// </summary>
internal sealed record FichesTri(string Champ, bool Descendant)
{
    public const string Pertinence = "pertinence";

    private static readonly string[] Champs = [Pertinence, "nom", "dateNaissance", "creeLe"];

    public bool EstPertinence => Champ == Pertinence;

    public static Result<FichesTri> Lire(string? sort, bool avecTexte)
    {
        if (string.IsNullOrWhiteSpace(sort))
        {
            return new FichesTri(avecTexte ? Pertinence : "nom", false);
        }

        var descendant = sort.StartsWith('-');
        var champ = sort.TrimStart('-', '+');
        if (!Champs.Contains(champ, StringComparer.Ordinal))
        {
            return Error.Validation("sort", $"Tri possible sur : {string.Join(", ", Champs)} (préfixe « - » pour l'ordre décroissant).");
        }

        return new FichesTri(champ == Pertinence && !avecTexte ? "nom" : champ, descendant);
    }

    public IOrderedQueryable<Fiche> Appliquer(IQueryable<Fiche> query) => (Champ, Descendant) switch
    {
        ("dateNaissance", false) => query.OrderBy(f => f.DateNaissance).ThenBy(f => f.Nom).ThenBy(f => f.Id),
        ("dateNaissance", true) => query.OrderByDescending(f => f.DateNaissance).ThenBy(f => f.Nom).ThenBy(f => f.Id),
        ("creeLe", false) => query.OrderBy(f => f.CreeLe).ThenBy(f => f.Id),
        ("creeLe", true) => query.OrderByDescending(f => f.CreeLe).ThenByDescending(f => f.Id),
        (_, false) => query.OrderBy(f => f.Nom).ThenBy(f => f.Prenom).ThenBy(f => f.Id),
        (_, true) => query.OrderByDescending(f => f.Nom).ThenByDescending(f => f.Prenom).ThenByDescending(f => f.Id),
    };
}
