using SocialErp.SharedKernel.Domain;

namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// The single record of a person or an organisation, independent of any dossier. Other modules point at it
/// by id and never copy its data. It belongs to the service of the user who created it.
/// </summary>
internal sealed class Fiche : AggregateRoot
{
    private Fiche(Guid id, TypeFiche type, Guid? serviceId, DateTime creeLe, Guid? creePar)
        : base(id)
    {
        Type = type;
        ServiceId = serviceId;
        CreeLe = creeLe;
        CreePar = creePar;
    }

    public TypeFiche Type { get; private set; }

    /// <summary>Family name of a person, or the organisation's legal name (raison sociale).</summary>
    public string Nom { get; private set; } = "";

    public string? Prenom { get; private set; }

    public DateOnly? DateNaissance { get; private set; }

    /// <summary>Thirteen digits without separators.</summary>
    public string? NumeroAvs { get; private set; }

    public string? Email { get; private set; }

    public Guid? ServiceId { get; private set; }

    public DateTime CreeLe { get; private set; }

    public Guid? CreePar { get; private set; }

    public bool Archivee { get; private set; }

    /// <summary>Accent- and case-free copy of the names and e-mail, for searching.</summary>
    public string TexteRecherche { get; private set; } = "";

    /// <summary>Set when this fiche was merged into another: it stays, archived, as a tombstone pointing to the survivor.</summary>
    public Guid? FusionneeDans { get; private set; }

    public static Fiche Creer(IdentiteFiche identite, Guid? serviceId, DateTime maintenant, Guid? auteur)
    {
        var fiche = new Fiche(Guid.CreateVersion7(), identite.Type, serviceId, maintenant, auteur);
        fiche.Modifier(identite);
        return fiche;
    }

    public void Modifier(IdentiteFiche identite)
    {
        Nom = identite.Nom.Trim();
        Prenom = identite.Type == TypeFiche.Personne ? identite.Prenom?.Trim() : null;
        DateNaissance = identite.Type == TypeFiche.Personne ? identite.DateNaissance : null;
        NumeroAvs = identite.Type == TypeFiche.Personne ? identite.NumeroAvs : null;
        Email = string.IsNullOrWhiteSpace(identite.Email) ? null : identite.Email.Trim();
        TexteRecherche = Domain.TexteRecherche.Normaliser(Nom, Prenom, Email);
    }

    /// <summary>Takes the chosen identity values from <paramref name="absorbee"/>, which becomes an archived tombstone.</summary>
    public void Absorber(Fiche absorbee, IReadOnlySet<ChampFusion> champsRepris)
    {
        Nom = champsRepris.Contains(ChampFusion.Nom) ? absorbee.Nom : Nom;
        Prenom = champsRepris.Contains(ChampFusion.Prenom) ? absorbee.Prenom : Prenom;
        DateNaissance = champsRepris.Contains(ChampFusion.DateNaissance) ? absorbee.DateNaissance : DateNaissance;
        NumeroAvs = champsRepris.Contains(ChampFusion.NumeroAvs) ? absorbee.NumeroAvs : NumeroAvs;
        Email = champsRepris.Contains(ChampFusion.Email) ? absorbee.Email : Email;
        TexteRecherche = Domain.TexteRecherche.Normaliser(Nom, Prenom, Email);
        absorbee.Archivee = true;
        absorbee.FusionneeDans = Id;
    }
}
