namespace SocialErp.Modules.Ged.Recherche;

/// <summary>The words of a search: runs of letters and digits, at most ten, so no query syntax reaches the engine.</summary>
internal static class Mots
{
    public const int Maximum = 10;

    public static IReadOnlyList<string> De(string q)
    {
        var mots = new List<string>();
        var debut = -1;
        for (var i = 0; i <= q.Length; i++)
        {
            var lettre = i < q.Length && char.IsLetterOrDigit(q[i]);
            if (lettre && debut < 0)
            {
                debut = i;
            }
            else if (!lettre && debut >= 0)
            {
                mots.Add(q[debut..i]);
                debut = -1;
            }
        }

        return mots.Distinct(StringComparer.OrdinalIgnoreCase).Take(Maximum).ToList();
    }
}
