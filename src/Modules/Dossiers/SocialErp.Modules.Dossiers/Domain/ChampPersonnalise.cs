using System.Globalization;
using System.Text.Json;

namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>
/// An extra field administrators define for the dossiers of one prestation: code, label, type, required. Values
/// are stored as invariant text and read by other modules (exports, mail merge) by code.
/// </summary>
internal sealed class ChampPersonnalise
{
    public ChampPersonnalise(Guid id, string prestation, string code, string libelle, string type, bool obligatoire, string? options)
    {
        Id = id;
        Prestation = prestation;
        Code = code;
        Libelle = libelle;
        Type = type;
        Obligatoire = obligatoire;
        Options = options;
    }

    public Guid Id { get; private set; }

    public string Prestation { get; private set; }

    public string Code { get; private set; }

    public string Libelle { get; private set; }

    /// <summary>One of <see cref="TypesChamp"/>.</summary>
    public string Type { get; private set; }

    public bool Obligatoire { get; private set; }

    /// <summary>The allowed values of a list, separated by « | ».</summary>
    public string? Options { get; private set; }

    public IReadOnlyList<string> ListeOptions => Options is null ? [] : Options.Split('|');

    public void Modifier(string libelle, bool obligatoire, string? options)
    {
        Libelle = libelle;
        Obligatoire = obligatoire;
        Options = options;
    }

    /// <summary>The stored text of a JSON value of this field's type, or null when the value does not fit.</summary>
    public string? Normaliser(JsonElement valeur) => Type switch
    {
        TypesChamp.Texte when valeur.ValueKind == JsonValueKind.String => valeur.GetString(),
        TypesChamp.Nombre when valeur.ValueKind == JsonValueKind.Number && valeur.TryGetDecimal(out var nombre) =>
            nombre.ToString(CultureInfo.InvariantCulture),
        TypesChamp.Date when valeur.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(valeur.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) =>
            date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TypesChamp.Booleen when valeur.ValueKind is JsonValueKind.True or JsonValueKind.False => valeur.GetBoolean() ? "true" : "false",
        TypesChamp.Liste when valeur.ValueKind == JsonValueKind.String && ListeOptions.Contains(valeur.GetString()) => valeur.GetString(),
        _ => null,
    };

    /// <summary>The stored text back as a JSON value of this field's type.</summary>
    public object? EnJson(string? texte) => texte is null
        ? null
        : Type switch
        {
            TypesChamp.Nombre => decimal.Parse(texte, CultureInfo.InvariantCulture),
            TypesChamp.Booleen => texte == "true",
            _ => texte,
        };
}

internal static class TypesChamp
{
    public const string Texte = "texte";
    public const string Nombre = "nombre";
    public const string Date = "date";
    public const string Booleen = "booleen";
    public const string Liste = "liste";

    public static IReadOnlyList<string> Tous { get; } = [Texte, Nombre, Date, Booleen, Liste];
}
