namespace SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;

/// <summary>A fiche member of a dossier with its role (one of <see cref="RolesMembre"/>).</summary>
public sealed record MembreDossier(Guid FicheId, string Role);
