namespace SocialErp.Bench.Data;

/// <summary>
/// Deterministic synthetic persons for benchmarks (BenchmarkDotNet, wrk loads, pgbench data): the same seed gives
/// the same people, so runs compare. Names mix French-, German- and Italian-speaking Switzerland with accents;
/// every AVS number is valid and unique; about 1 % are near-duplicates of an earlier person (accent or typo
/// variant, same birth date) so duplicate detection has work.
/// </summary>
public static class GenerateurPersonnes
{
    private static readonly string[] Noms =
    [
        "Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Meyer", "Steiner", "Fischer",
        "Gerber", "Brunner", "Baumann", "Frei", "Zimmermann", "Moser", "Widmer", "Wyss", "Graf", "Roth",
        "Rochat", "Favre", "Perrin", "Bonvin", "Chappuis", "Dubois", "Rey", "Mottier", "Jaquet", "Monnier",
        "Pittet", "Cuendet", "Berset", "Gex", "Jaccard", "Vuilleumier", "Golay", "Rossier", "Savary", "Délèze",
        "Rossi", "Bernasconi", "Ferrari", "Bianchi", "Fontana", "Crivelli", "Galli", "Pedrazzini", "Lurati", "Colombo",
        "Da Silva", "Ferreira", "Pereira", "Krasniqi", "Berisha", "Hoxha", "Yilmaz", "Nguyen", "Haile", "Tesfay",
    ];

    private static readonly string[] PrenomsFeminins =
    [
        "Léa", "Chloé", "Emma", "Zoé", "Sarah", "Laura", "Anne", "Hélène", "Françoise", "Mélanie",
        "Anna", "Lena", "Mia", "Nina", "Giulia", "Sofia", "Ana", "Mariana", "Elif", "Selam",
    ];

    private static readonly string[] PrenomsMasculins =
    [
        "Luca", "Noah", "Louis", "Gabriel", "Jean", "François", "Théo", "Nicolas", "Olivier", "Jérôme",
        "Lukas", "Jonas", "Marco", "Matteo", "Leandro", "João", "Arben", "Emre", "Minh", "Dawit",
    ];

    private static readonly int[] Communes = [5586, 5591, 5589, 6621, 351, 261, 6458, 6266, 5192, 2196, 6153, 5938, 5642, 1061, 230];

    public static IEnumerable<PersonneSynthetique> Generer(int nombre, int graine = 20261122)
    {
        var random = new Random(graine);
        var generees = new List<PersonneSynthetique>(Math.Min(nombre, 1_000_000));
        for (var i = 0; i < nombre; i++)
        {
            PersonneSynthetique personne;
            if (generees.Count > 100 && random.Next(100) == 0)
            {
                personne = PresqueDoublon(generees[random.Next(generees.Count)], i, random);
            }
            else
            {
                var feminin = random.Next(2) == 0;
                var prenoms = feminin ? PrenomsFeminins : PrenomsMasculins;
                var nom = Noms[random.Next(Noms.Length)];
                var prenom = prenoms[random.Next(prenoms.Length)];
                personne = new PersonneSynthetique(
                    nom,
                    prenom,
                    new DateOnly(1930, 1, 1).AddDays(random.Next(0, 32_000)),
                    Avs(i),
                    $"{Ascii(prenom)}.{Ascii(nom)}.{i}@example.ch".ToLowerInvariant(),
                    $"+417{random.Next(6, 10)}{random.Next(1_000_000, 9_999_999)}",
                    Communes[random.Next(Communes.Length)],
                    feminin ? "feminin" : "masculin");
            }

            generees.Add(personne);
            yield return personne;
        }
    }

    /// <summary>The <paramref name="index"/>-th valid AVS number: 756, nine digits from the index, EAN-13 check digit.</summary>
    public static string Avs(int index)
    {
        var corps = $"756{index:D9}";
        var somme = 0;
        for (var i = 0; i < 12; i++)
        {
            somme += (corps[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return corps + ((10 - (somme % 10)) % 10);
    }

    private static PersonneSynthetique PresqueDoublon(PersonneSynthetique original, int index, Random random) =>
        original with
        {
            Nom = random.Next(2) == 0 ? Ascii(original.Nom) : original.Nom.ToUpperInvariant(),
            Prenom = original.Prenom.Length > 3 && random.Next(2) == 0 ? original.Prenom[..^1] : original.Prenom,
            NumeroAvs = Avs(index),
            Email = $"doublon.{index}@example.ch",
        };

    private static string Ascii(string texte) =>
        new(texte.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && c != ' ')
            .ToArray());
}
