using System.Globalization;

namespace SocialErp.Bench.Data;

/// <summary>
/// Deterministic synthetic lines of the journal des mutations, in chronological order over three years: about ten
/// changes per entity (a creation, then modifications, rarely a deletion) spread over the modules' entities, made by
/// 200 users. The same seed gives the same lines, so runs compare.
/// </summary>
public static class GenerateurMutations
{
    private static readonly (string Module, string Entite, string[] Champs)[] Entites =
    [
        ("fiches", "Fiche", ["Nom", "Prenom", "Email", "EtatCivil", "CommuneResidence"]),
        ("fiches", "Adresse", ["Rue", "Npa", "Localite", "ValideAu"]),
        ("dossiers", "Dossier", ["Statut", "Prestation", "Nom", "CommuneDomicile"]),
        ("comptabilite", "Ecriture", ["Libelle", "Date", "Montant"]),
        ("ged", "Document", ["Titre", "Type", "Supprime"]),
        ("journal", "EntreeJournal", ["Texte", "Type", "Confidentialite"]),
    ];

    private static readonly DateTime Debut = new(2023, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>How many distinct entities <see cref="Generer"/> spreads <paramref name="nombre"/> lines over.</summary>
    public static int NombreEntites(int nombre) => Math.Max(1, nombre / 10);

    public static IEnumerable<MutationSynthetique> Generer(int nombre, int graine = 20261122)
    {
        var random = new Random(graine);
        var entites = NombreEntites(nombre);
        var creees = new bool[entites];
        var utilisateurs = Enumerable.Range(0, 200).Select(i => Guid(random)).ToArray();
        var pas = TimeSpan.FromDays(3 * 365).Ticks / Math.Max(nombre, 1);
        for (var i = 0; i < nombre; i++)
        {
            var entite = random.Next(entites);
            var (module, nom, champs) = Entites[entite % Entites.Length];
            var operation = !creees[entite] ? "Creation" : random.Next(200) == 0 ? "Suppression" : "Modification";
            creees[entite] = true;
            var champ = champs[random.Next(champs.Length)];
            var utilisateur = random.Next(utilisateurs.Length);
            yield return new MutationSynthetique(
                Guid(random),
                Guid(random),
                i + 1,
                module,
                nom,
                EntiteId(entite),
                operation,
                utilisateurs[utilisateur],
                $"utilisateur{utilisateur}@example.ch",
                Debut.AddTicks(pas * i - (pas * i % 10)),
                $"[{{\"champ\":\"{champ}\",\"ancienne\":\"valeur {random.Next(1000)}\",\"nouvelle\":\"valeur {random.Next(1000)}\"}}]");
        }
    }

    /// <summary>The id of the <paramref name="index"/>-th entity (the same for every run), as the audit writes it.</summary>
    public static string EntiteId(int index) =>
        new Guid(index, (short)(index >> 16), 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 0x42).ToString("D", CultureInfo.InvariantCulture);

    /// <summary>The module and entity name of the <paramref name="index"/>-th entity.</summary>
    public static (string Module, string Entite) Type(int index) => (Entites[index % Entites.Length].Module, Entites[index % Entites.Length].Entite);

    private static Guid Guid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
