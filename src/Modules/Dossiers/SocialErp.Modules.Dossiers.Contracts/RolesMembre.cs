namespace SocialErp.Modules.Dossiers.Contracts;

/// <summary>Roles of a fiche in a dossier and in its allocation unit, as they travel in the API and in events.</summary>
public static class RolesMembre
{
    public const string Requerant = "requerant";
    public const string Conjoint = "conjoint";
    public const string Enfant = "enfant";
    public const string Colocataire = "colocataire";
    public const string Concubin = "concubin";
    public const string Autre = "autre";

    public static IReadOnlyList<string> Tous { get; } = [Requerant, Conjoint, Enfant, Colocataire, Concubin, Autre];
}
