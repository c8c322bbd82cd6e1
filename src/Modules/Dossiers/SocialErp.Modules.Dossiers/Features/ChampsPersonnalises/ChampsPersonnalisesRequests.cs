using System.Text.Json;

namespace SocialErp.Modules.Dossiers.Features.ChampsPersonnalises;

/// <param name="Prestation">The prestation whose dossiers carry the field (fixed once created).</param>
/// <param name="Code">Code, unique within the prestation, used by exports and mail merge (fixed once created).</param>
/// <param name="Libelle">Label shown to users.</param>
/// <param name="Type">texte, nombre, date, booleen or liste (fixed once created).</param>
/// <param name="Obligatoire">Whether every dossier of the prestation must have a value.</param>
/// <param name="Options">The allowed values of a liste.</param>
internal sealed record ChampPersonnaliseRequest(
    string? Prestation, string? Code, string? Libelle, string? Type, bool Obligatoire, IReadOnlyList<string>? Options);

internal sealed record ChampPersonnaliseResponse(
    Guid Id, string Prestation, string Code, string Libelle, string Type, bool Obligatoire, IReadOnlyList<string> Options);

/// <param name="Valeurs">Value per field code, of the field's JSON type (dates as yyyy-MM-dd); replaces all values.</param>
internal sealed record ValeursChampsRequest(IReadOnlyDictionary<string, JsonElement>? Valeurs);

/// <param name="Champs">Every field of the dossier's prestation, with its value (null when none).</param>
/// <param name="Version">Version of the values, for If-Match.</param>
internal sealed record ValeursChampsResponse(IReadOnlyList<ValeurChampResponse> Champs, long Version);

internal sealed record ValeurChampResponse(string Code, string Libelle, string Type, bool Obligatoire, object? Valeur);
