namespace SocialErp.Modules.Ged.Domain;

/// <summary>What the depositor says about a document.</summary>
internal sealed record MetadonneesDocument(
    string Titre,
    string Type,
    DateOnly Date,
    DirectionDocument Direction,
    Confidentialite Confidentialite,
    string? Description);
