namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>A fiche and its role as a user enters them (already checked against Fiches).</summary>
internal sealed record MembreSaisi(Guid FicheId, string Role);
