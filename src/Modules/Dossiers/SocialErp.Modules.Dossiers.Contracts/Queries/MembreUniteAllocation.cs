namespace SocialErp.Modules.Dossiers.Contracts.Queries;

/// <summary>A member of an allocation unit at a given date, with the period of that membership.</summary>
public sealed record MembreUniteAllocation(Guid FicheId, string Role, DateOnly Du, DateOnly? Au);
