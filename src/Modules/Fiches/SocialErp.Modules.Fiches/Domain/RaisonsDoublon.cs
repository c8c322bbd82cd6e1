namespace SocialErp.Modules.Fiches.Domain;

/// <summary>Why a fiche is a duplicate candidate, as clients read it, and the score each reason is worth.</summary>
internal static class RaisonsDoublon
{
    public const string Avs = "avs";
    public const string Email = "email";
    public const string Telephone = "telephone";
    public const string NomDateNaissance = "nom-date-naissance";
    public const string NomProcheDateNaissance = "nom-proche-date-naissance";

    public static int Score(string raison) => raison switch
    {
        Avs => 100,
        NomDateNaissance => 80,
        NomProcheDateNaissance => 70,
        Email => 60,
        Telephone => 50,
        _ => 0,
    };
}
