namespace SocialErp.Modules.Ged.Domain;

/// <summary>Whether the document came in (certificate, decision received…) or was produced by the service.</summary>
internal enum DirectionDocument
{
    Entrant,
    Produit,
}
