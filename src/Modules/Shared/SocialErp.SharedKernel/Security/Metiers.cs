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

    public static readonly IReadOnlyList<string> Tous =
        [Administrateur, Direction, AssistantSocial, Gestionnaire, Comptable, Administratif];
}
