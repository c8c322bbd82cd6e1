namespace SocialErp.Modules.Dossiers.Features.Placements;

/// <param name="FicheId">The placed person: a member of the dossier.</param>
/// <param name="PlaceCode">The place (« DEM-ATB-001 »); its structure follows.</param>
/// <param name="Du">Start of the placement.</param>
/// <param name="Au">End, if known; not before « du ».</param>
/// <param name="TauxOccupation">Occupancy in percent (0–100); the standard plan's when omitted.</param>
/// <param name="PlanningCode">A standard weekly plan (« A.STAND-100 »).</param>
/// <param name="Jours">Days of the week worked or lived there; the standard plan's when omitted.</param>
/// <param name="Remarque">Free note.</param>
internal sealed record PlacementRequest(
    Guid? FicheId, string? PlaceCode, DateOnly? Du, DateOnly? Au, decimal? TauxOccupation, string? PlanningCode, IReadOnlyList<string>? Jours,
    string? Remarque);

internal sealed record PlacementResponse(
    Guid Id, Guid FicheId, string StructureCode, string PlaceCode, DateOnly Du, DateOnly? Au, decimal TauxOccupation, string? PlanningCode,
    IReadOnlyList<string> Jours, string? Remarque, long Version);

/// <param name="Au">Last day of the placement (not before its start); the place is free from the next day.</param>
internal sealed record FinPlacementRequest(DateOnly? Au);
