namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>A workshop or housing structure (« DEM-ATB ») and its places (« DEM-ATB-001 »), where dossiers are placed.</summary>
internal sealed class Structure
{
    private readonly List<PlaceStructure> _places = [];

    public Structure(string code, string libelle, string type)
    {
        Code = code;
        Libelle = libelle;
        Type = type;
        Active = true;
    }

    public string Code { get; private set; }

    public string Libelle { get; private set; }

    /// <summary>One of <see cref="TypesStructure"/>.</summary>
    public string Type { get; private set; }

    public bool Active { get; private set; }

    public IReadOnlyList<PlaceStructure> Places => _places;

    public void AjouterPlace(string code, string libelle) => _places.Add(new PlaceStructure(code, Code, libelle));

    /// <summary>An inactive structure stays readable and keeps its placements; new placements are not offered in it.</summary>
    public void Modifier(string libelle, string type, bool active)
    {
        Libelle = libelle;
        Type = type;
        Active = active;
    }

    public void RetirerPlace(PlaceStructure place) => _places.Remove(place);
}

/// <summary>One place of a structure; its code is unique across structures.</summary>
internal sealed class PlaceStructure(string code, string structureCode, string libelle)
{
    public string Code { get; private set; } = code;

    public string StructureCode { get; private set; } = structureCode;

    public string Libelle { get; private set; } = libelle;

    public void Renommer(string libelle) => Libelle = libelle;
}

internal static class TypesStructure
{
    public const string Atelier = "atelier";
    public const string Logement = "logement";
    public const string Home = "home";

    public static IReadOnlyList<string> Tous { get; } = [Atelier, Logement, Home];
}
