namespace SocialErp.BuildingBlocks.Security;

/// <summary>Endpoint metadata naming the permission it requires (read by tests and the OpenAPI document).</summary>
public sealed record PermissionMetadata(string Permission);
