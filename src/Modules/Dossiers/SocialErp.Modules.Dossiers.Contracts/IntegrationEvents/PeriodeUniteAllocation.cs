namespace SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;

/// <summary>
/// One membership period of a fiche in a dossier's allocation unit: from <c>Du</c> to <c>Au</c> inclusive
/// (<c>Au</c> null = still a member).
/// </summary>
public sealed record PeriodeUniteAllocation(Guid FicheId, string Role, DateOnly Du, DateOnly? Au);
