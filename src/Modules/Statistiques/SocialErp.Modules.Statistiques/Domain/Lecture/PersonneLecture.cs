using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Statistiques.Domain.Lecture;

/// <summary>A person or organisation as the statistics know it (from the Fiches events).</summary>
[NonAudite]
internal sealed class PersonneLecture
{
    public Guid FicheId { get; set; }

    public string Type { get; set; } = "";

    public string Nom { get; set; } = "";

    public string? Prenom { get; set; }

    public DateOnly? DateNaissance { get; set; }

    public Guid? ServiceId { get; set; }

    /// <summary>Civil status as Fiches codes it (<c>marie</c>, <c>partenariatEnregistre</c>…); null when unknown.</summary>
    public string? EtatCivil { get; set; }

    /// <summary>Nationality (ISO 3166 alpha-2); null when unknown.</summary>
    public string? Nationalite { get; set; }

    public bool Archivee { get; set; }

    /// <summary>Set when the fiche was merged into another one: its references were moved there.</summary>
    public Guid? FusionneeDans { get; set; }

    /// <summary>The event time of the last change applied: an older, late message changes nothing.</summary>
    public DateTime MiseAJour { get; set; }

    public int? Age(DateOnly date)
    {
        if (DateNaissance is not { } naissance)
        {
            return null;
        }

        var age = date.Year - naissance.Year;
        return naissance.AddYears(age) > date ? age - 1 : age;
    }
}
