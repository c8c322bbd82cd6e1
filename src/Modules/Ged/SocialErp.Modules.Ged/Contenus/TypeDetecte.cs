namespace SocialErp.Modules.Ged.Contenus;

/// <summary>What the bytes of a content are: an accepted media type, or the reason it is refused.</summary>
internal sealed record TypeDetecte(string? TypeContenu, string? Refus)
{
    public bool EstAccepte => TypeContenu is not null;

    public static TypeDetecte Accepte(string typeContenu) => new(typeContenu, null);

    public static TypeDetecte Refuse(string refus) => new(null, refus);
}
