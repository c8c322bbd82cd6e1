namespace SocialErp.Modules.Comptabilite.Features.Shared;

/// <summary>The person, dossier and allocation unit a ledger line names, as far as visibility is concerned.</summary>
internal sealed record DimensionsLigne(Guid? FicheId, Guid? DossierId, Guid? UniteAllocationId);
