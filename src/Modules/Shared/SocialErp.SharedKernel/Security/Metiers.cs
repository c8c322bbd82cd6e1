namespace SocialErp.SharedKernel.Security;

/// <summary>The trades (métiers) a user can hold; each grants the permissions modules declare for it.</summary>
public static class Metiers
{
    public const string Administrateur = "administrateur";
    public const string Direction = "direction";
    public const string AssistantSocial = "assistant-social";
    public const string Gestionnaire = "gestionnaire";
    public const string Comptable = "comptable";
    public const string Administratif = "administratif";

    /// <summary>An external system pulling official statistics: granted only the Statistiques module's permissions.</summary>
    public const string Integrateur = "integrateur";

    /// <summary>The staff trades (modules grant "every user" permissions to these).</summary>
    public static readonly IReadOnlyList<string> Tous =
        [Administrateur, Direction, AssistantSocial, Gestionnaire, Comptable, Administratif];

    /// <summary>Every trade a user account can hold: the staff trades and the technical ones.</summary>
    public static readonly IReadOnlyList<string> Attribuables = [.. Tous, Integrateur];
}
