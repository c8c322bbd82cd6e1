namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>The core values of a dossier a user enters (validated at the edge).</summary>
internal sealed record DonneesDossier(string Nom, string? Description, string Prestation, int? CommuneDomicile);
