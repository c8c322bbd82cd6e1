namespace SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;

/// <summary>
/// A due date an event type's effect asks the Journal to create. <c>ResponsableId</c> is a user id; null means the
/// dossier's main referent.
/// </summary>
public sealed record EcheanceDemandee(DateOnly Date, string Action, Guid? ResponsableId);
