namespace SocialErp.Host.Platform;

/// <summary>
/// Marks an endpoint open to every signed-in user whatever their trade (e.g. "who am I"), so the
/// secure-by-default test knows the absence of a permission is deliberate.
/// </summary>
internal sealed record AuthenticatedOnlyMetadata;
