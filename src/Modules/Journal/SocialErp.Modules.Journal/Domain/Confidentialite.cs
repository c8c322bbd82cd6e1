namespace SocialErp.Modules.Journal.Domain;

/// <summary>Who, among those who see the dossier, may read an entry.</summary>
internal enum Confidentialite
{
    /// <summary>Everyone who sees the dossier.</summary>
    Dossier,

    /// <summary>Only the users of the author's trade (métier), and the author.</summary>
    Metier,

    /// <summary>Only the named users, and the author.</summary>
    Utilisateurs,
}
