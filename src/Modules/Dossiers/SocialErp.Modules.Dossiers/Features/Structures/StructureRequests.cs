namespace SocialErp.Modules.Dossiers.Features.Structures;

/// <param name="Code">Unique code (« DEM-ATB »).</param>
/// <param name="Libelle">Label.</param>
/// <param name="Type">atelier, logement or home.</param>
/// <param name="Places">Its places; each code unique across structures (« DEM-ATB-001 »).</param>
internal sealed record StructureRequest(string? Code, string? Libelle, string? Type, IReadOnlyList<PlaceRequest>? Places);

internal sealed record PlaceRequest(string? Code, string? Libelle);

/// <param name="Libelle">Label.</param>
/// <param name="Type">atelier, logement or home.</param>
/// <param name="Active">false: kept with its placements, not offered for new ones.</param>
/// <param name="Places">The full list of places: new codes are added, known ones relabelled, missing ones removed (409 if a
/// placement uses them).</param>
internal sealed record ModifierStructureRequest(string? Libelle, string? Type, bool Active, IReadOnlyList<PlaceRequest>? Places);

internal sealed record StructureResponse(string Code, string Libelle, string Type, bool Active, IReadOnlyList<PlaceResponse> Places);

internal sealed record PlaceResponse(string Code, string Libelle);

/// <param name="Code">Unique code (« A.STAND-100 »).</param>
/// <param name="Libelle">Label (« Atelier standard 100 % »).</param>
/// <param name="TauxOccupation">Occupancy in percent, 0–100.</param>
/// <param name="Jours">Days of the week: lundi … dimanche.</param>
internal sealed record PlanningTypeRequest(string? Code, string? Libelle, decimal? TauxOccupation, IReadOnlyList<string>? Jours);

internal sealed record PlanningTypeResponse(string Code, string Libelle, decimal TauxOccupation, IReadOnlyList<string> Jours);
