namespace SocialErp.Modules.Fiches.Domain;

/// <summary>A phone, mobile, fax number (E.164, +41…) or e-mail address (lower case) of a fiche.</summary>
internal sealed class FicheContact
{
    private FicheContact(Guid id, TypeContact type, string valeur, string? libelle, bool principal)
    {
        Id = id;
        Type = type;
        Valeur = valeur;
        Libelle = libelle;
        Principal = principal;
    }

    public Guid Id { get; private set; }

    public Guid FicheId { get; private set; }

    public TypeContact Type { get; private set; }

    public string Valeur { get; private set; }

    public string? Libelle { get; private set; }

    /// <summary>The one to use first among the contacts of its type.</summary>
    public bool Principal { get; private set; }

    /// <summary>A contact with an already validated value, normalised here.</summary>
    public static FicheContact Creer(TypeContact type, string valeur, string? libelle, bool principal)
    {
        var normalisee = type == TypeContact.Email
            ? valeur.Trim().ToLowerInvariant()
            : NumeroTelephone.Normaliser(valeur) ?? valeur.Trim();
        return new FicheContact(Guid.CreateVersion7(), type, normalisee, string.IsNullOrWhiteSpace(libelle) ? null : libelle.Trim(), principal);
    }

    public bool MemeQue(FicheContact autre) =>
        Type == autre.Type && Valeur == autre.Valeur && Libelle == autre.Libelle && Principal == autre.Principal;
}
