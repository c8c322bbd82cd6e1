namespace SocialErp.Modules.Comptabilite.Features.UniteAllocation;

/// <summary>A membership period as this module holds it (projection of Dossiers' allocation-unit events).</summary>
internal sealed record MembreUniteAllocationResponse(Guid FicheId, string Role, DateOnly Du, DateOnly? Au);
