using SocialErp.Modules.Statistiques.Domain.Listes;

namespace SocialErp.Modules.Statistiques.Features.Listes;

/// <summary>What a client sends to save a list: its name, whether it is shared with every statistics user, its definition.</summary>
internal sealed record ListeRequest(string? Nom, bool Partagee, DefinitionListe? Definition);

/// <summary>A saved list. <c>Livree</c>: shipped with the product (no owner); <c>Modifiable</c>: the caller may change it.</summary>
internal sealed record ListeResponse(
    Guid Id, string Nom, bool Partagee, bool Livree, Guid? ProprietaireId, bool Modifiable, DateTime CreeLe, long Version, DefinitionListe Definition)
{
    public static ListeResponse From(ListeStatistique l, bool modifiable) =>
        new(l.Id, l.Nom, l.Partagee, l.ProprietaireId is null, l.ProprietaireId, modifiable, l.CreeLe, l.Version, DefinitionListe.Lire(l.Definition)!);
}

/// <summary>A column of a list's result: code (a catalogue column, or <c>fonction:colonne</c> for a total), label and type.</summary>
internal sealed record ColonneResultatResponse(string Code, string Libelle, string Type);

/// <summary>
/// A list's result: its rows keyed by column code, the totals row (null when the list asks none), the row count and
/// whether the rows were cut at the synchronous limit (the full result is then an export).
/// </summary>
internal sealed record ResultatListeResponse(
    Guid ListeId,
    string Nom,
    IReadOnlyList<ColonneResultatResponse> Colonnes,
    IReadOnlyList<Dictionary<string, object?>> Lignes,
    Dictionary<string, object?>? Totaux,
    int NombreLignes,
    bool Tronque);

/// <summary>A column of the catalogue, with the entities that offer it.</summary>
internal sealed record ColonneCatalogueResponse(string Code, string Libelle, string Type);
