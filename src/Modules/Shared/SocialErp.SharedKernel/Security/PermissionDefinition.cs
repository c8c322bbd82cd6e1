namespace SocialErp.SharedKernel.Security;

/// <summary>
/// A permission a module declares, with the trades that hold it by default. The administrator trade holds all.
/// </summary>
public sealed record PermissionDefinition(string Name, string Description, IReadOnlyList<string> Metiers);
