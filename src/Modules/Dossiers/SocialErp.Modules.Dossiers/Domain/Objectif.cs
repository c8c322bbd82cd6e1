using SocialErp.SharedKernel.Domain;

namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>
/// A goal of the path: a professional objective, a competence (savoir, savoir-faire, savoir-être) or an expected
/// result (deliverable, certification, measurable target). Once evaluated, achieved or not, it counts in the
/// success rate.
/// </summary>
internal sealed class Objectif : AggregateRoot
{
    private Objectif(Guid id, Guid dossierId, DateTime creeLe)
        : base(id)
    {
        DossierId = dossierId;
        CreeLe = creeLe;
    }

    public Guid DossierId { get; private set; }

    /// <summary>One of <see cref="NaturesObjectif"/>.</summary>
    public string Nature { get; private set; } = "";

    /// <summary>The kind within the nature (savoir-faire, certification…); none for a professional objective.</summary>
    public string? Genre { get; private set; }

    public string Libelle { get; private set; } = "";

    public string? Description { get; private set; }

    /// <summary>The measurable target of an expected result (« 80 % de présence », « CFC obtenu »).</summary>
    public string? Cible { get; private set; }

    public DateOnly? Echeance { get; private set; }

    /// <summary>Null until evaluated.</summary>
    public bool? Atteint { get; private set; }

    public DateOnly? EvalueLe { get; private set; }

    public DateTime CreeLe { get; private set; }

    public DateTime? ModifieLe { get; private set; }

    public static Objectif Creer(Guid dossierId, DonneesObjectif donnees, DateTime maintenant)
    {
        var objectif = new Objectif(Guid.CreateVersion7(maintenant), dossierId, maintenant);
        objectif.Appliquer(donnees);
        return objectif;
    }

    public void Modifier(DonneesObjectif donnees, DateTime maintenant)
    {
        Appliquer(donnees);
        ModifieLe = maintenant;
    }

    /// <summary>Achieved objectives over evaluated ones, in percent to two places; null when none is evaluated.</summary>
    public static decimal? TauxReussite(IEnumerable<Objectif> objectifs)
    {
        var evalues = objectifs.Where(o => o.Atteint is not null).ToList();
        return evalues.Count == 0
            ? null
            : decimal.Round(100m * evalues.Count(o => o.Atteint == true) / evalues.Count, 2, MidpointRounding.AwayFromZero);
    }

    private void Appliquer(DonneesObjectif donnees)
    {
        Nature = donnees.Nature;
        Genre = donnees.Genre;
        Libelle = donnees.Libelle;
        Description = donnees.Description;
        Cible = donnees.Cible;
        Echeance = donnees.Echeance;
        Atteint = donnees.Atteint;
        EvalueLe = donnees.Atteint is null ? null : donnees.EvalueLe;
    }
}

internal sealed record DonneesObjectif(
    string Nature, string? Genre, string Libelle, string? Description, string? Cible, DateOnly? Echeance, bool? Atteint, DateOnly? EvalueLe);

/// <summary>Natures of objectives and the kinds each one allows.</summary>
internal static class NaturesObjectif
{
    public const string Professionnel = "professionnel";
    public const string Competence = "competence";
    public const string Resultat = "resultat";

    public static IReadOnlyList<string> Toutes { get; } = [Professionnel, Competence, Resultat];

    public static IReadOnlyList<string> Genres(string nature) => nature switch
    {
        Competence => ["savoir", "savoir-faire", "savoir-etre"],
        Resultat => ["livrable", "certification", "cible-mesurable"],
        _ => [],
    };
}
