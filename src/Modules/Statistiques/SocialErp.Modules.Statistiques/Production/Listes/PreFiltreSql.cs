using System.Linq.Expressions;
using SocialErp.Modules.Statistiques.Domain.Lecture;
using SocialErp.Modules.Statistiques.Domain.Listes;

namespace SocialErp.Modules.Statistiques.Production.Listes;

/// <summary>
/// The part of a list's filters the database applies to the posting lines and payments it loads: exact matches on the
/// posting dimensions and months, bounds on dates, the filters that cut large tables. It only narrows what is read:
/// every filter is still evaluated in memory afterwards (<see cref="EvaluateurListe"/>), so results do not depend on it.
/// A condition is only pushed when the database compares like the memory does (ordinal text equality, dates).
/// </summary>
internal static class PreFiltreSql
{
    public static IQueryable<LigneEcritureLecture> Ecritures(IQueryable<LigneEcritureLecture> lignes, IEnumerable<FiltreListe> filtres)
    {
        foreach (var filtre in filtres)
        {
            lignes = filtre.Colonne switch
            {
                "ecriture.genreCompte" => Egal(lignes, filtre, l => l.GenreCompte),
                "ecriture.compte" => Egal(lignes, filtre, l => l.Compte),
                "ecriture.typeCharge" => Egal(lignes, filtre, l => l.TypeCharge!),
                "ecriture.typePayeur" => Egal(lignes, filtre, l => l.TypePayeur!),
                "ecriture.prestation" => Egal(lignes, filtre, l => l.Prestation!),
                "ecriture.mois" => Egal(lignes, filtre, l => l.Periode),
                "ecriture.date" => Bornes(lignes, filtre, borne => l => l.Date >= borne, borne => l => l.Date <= borne),
                _ => lignes,
            };
        }

        return lignes;
    }

    public static IQueryable<PaiementLecture> Paiements(IQueryable<PaiementLecture> paiements, IEnumerable<FiltreListe> filtres)
    {
        foreach (var filtre in filtres.Where(f => f.Colonne == "paiement.date"))
        {
            paiements = Bornes(paiements, filtre, borne => p => p.Date >= borne, borne => p => p.Date <= borne);
        }

        return paiements;
    }

    private static IQueryable<T> Egal<T>(IQueryable<T> source, FiltreListe filtre, Expression<Func<T, string>> colonne)
    {
        if (filtre.Operateur is not ("egal" or "dans") || Textes(filtre) is not { Count: > 0 } valeurs)
        {
            return source;
        }

        // source.Where(x => valeurs.Contains(colonne(x))), composed on the column's expression; the list read through a
        // closure, so the database receives it as a parameter.
        Expression<Func<List<string>>> liste = () => valeurs;
        var contient = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], liste.Body, colonne.Body);
        return source.Where(Expression.Lambda<Func<T, bool>>(contient, colonne.Parameters));
    }

    private static IQueryable<T> Bornes<T>(
        IQueryable<T> source, FiltreListe filtre, Func<DateOnly, Expression<Func<T, bool>>> depuis, Func<DateOnly, Expression<Func<T, bool>>> jusqua)
    {
        if (filtre.Valeurs is not [var texte] || !ValeursListe.TryLire(TypeColonneListe.Date, texte, out var valeur) || valeur is not DateOnly borne)
        {
            return source;
        }

        return filtre.Operateur switch
        {
            "min" => source.Where(depuis(borne)),
            "max" => source.Where(jusqua(borne)),
            "egal" => source.Where(depuis(borne)).Where(jusqua(borne)),
            _ => source,
        };
    }

    private static List<string>? Textes(FiltreListe filtre) => filtre.Valeurs?.ToList();
}
