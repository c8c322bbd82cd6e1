using SocialErp.Modules.Ged.Domain;

namespace SocialErp.Modules.Ged.Features.Shared;

/// <summary>The API's lower-case codes of the module's enumerations, both ways.</summary>
internal static class Codes
{
    public static readonly IReadOnlyList<string> Directions = ["entrant", "produit"];

    public static readonly IReadOnlyList<string> Confidentialites = ["normale", "confidentielle"];

    public static string De(DirectionDocument direction) => direction == DirectionDocument.Entrant ? "entrant" : "produit";

    public static string De(Confidentialite confidentialite) => confidentialite == Confidentialite.Normale ? "normale" : "confidentielle";

    public static DirectionDocument LireDirection(string? code, DirectionDocument parDefaut) => code switch
    {
        "entrant" => DirectionDocument.Entrant,
        "produit" => DirectionDocument.Produit,
        _ => parDefaut,
    };

    public static Confidentialite LireConfidentialite(string? code) =>
        code == "confidentielle" ? Confidentialite.Confidentielle : Confidentialite.Normale;
}
