namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// Scores duplicate candidates. The caller preselects candidates through indexed columns (AVS number, e-mail,
/// birth date, phone search keys); this service only compares, so it never needs the whole register.
/// </summary>
internal static class DetecteurDoublons
{
    /// <summary>Edit distance up to which two normalised full names count as "similar".</summary>
    public const int DistanceMaximale = 2;

    public static IReadOnlyList<CandidatDoublon> Evaluer(IdentiteDoublon cible, IEnumerable<Fiche> candidats)
    {
        var nomCible = NomNormalise(cible.Nom, cible.Prenom);
        var resultats = new List<CandidatDoublon>();
        foreach (var candidat in candidats)
        {
            var raisons = new List<string>();
            if (cible.NumeroAvs is not null && cible.NumeroAvs == candidat.NumeroAvs)
            {
                raisons.Add(RaisonsDoublon.Avs);
            }

            if (cible.DateNaissance is not null && cible.DateNaissance == candidat.DateNaissance)
            {
                var nomCandidat = NomNormalise(candidat.Nom, candidat.Prenom);
                if (nomCandidat == nomCible)
                {
                    raisons.Add(RaisonsDoublon.NomDateNaissance);
                }
                else if (Distance(nomCandidat, nomCible) <= DistanceMaximale)
                {
                    raisons.Add(RaisonsDoublon.NomProcheDateNaissance);
                }
            }

            if (!string.IsNullOrWhiteSpace(cible.Email) && string.Equals(cible.Email.Trim(), candidat.Email, StringComparison.OrdinalIgnoreCase))
            {
                raisons.Add(RaisonsDoublon.Email);
            }

            if (cible.Telephones.Count > 0 && candidat.Termes.Any(t => cible.Telephones.Contains(t.Terme)))
            {
                raisons.Add(RaisonsDoublon.Telephone);
            }

            if (raisons.Count > 0)
            {
                resultats.Add(new CandidatDoublon(candidat, raisons.Max(RaisonsDoublon.Score), raisons));
            }
        }

        return resultats
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Fiche.Nom, StringComparer.Ordinal)
            .ThenBy(c => c.Fiche.Id)
            .ToList();
    }

    /// <summary>Accent- and case-free words of the full name, sorted, so "Müller Hélène" equals "helene muller".</summary>
    public static string NomNormalise(string nom, string? prenom)
    {
        var mots = TexteRecherche.Normaliser(nom, prenom)
            .Split([' ', '-', '\'', '’', '.', ','], StringSplitOptions.RemoveEmptyEntries)
            .Order(StringComparer.Ordinal);
        return string.Join(' ', mots);
    }

    /// <summary>Damerau–Levenshtein distance (optimal string alignment: insert, delete, substitute, swap neighbours).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cout = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cout);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
