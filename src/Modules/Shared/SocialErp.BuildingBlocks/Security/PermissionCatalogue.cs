using SocialErp.SharedKernel.Security;

namespace SocialErp.BuildingBlocks.Security;

/// <summary>Every permission the modules declare, and which trades hold it. Administrators hold them all.</summary>
public sealed class PermissionCatalogue
{
    private readonly Dictionary<string, PermissionDefinition> _permissions;

    public PermissionCatalogue(IEnumerable<PermissionDefinition> permissions)
    {
        _permissions = new Dictionary<string, PermissionDefinition>(StringComparer.Ordinal);
        foreach (var permission in permissions)
        {
            if (!_permissions.TryAdd(permission.Name, permission))
            {
                throw new InvalidOperationException($"Permission '{permission.Name}' is declared twice.");
            }
        }
    }

    public IReadOnlyCollection<PermissionDefinition> All => _permissions.Values;

    public bool Exists(string permission) => _permissions.ContainsKey(permission);

    public bool IsGranted(string? metier, string permission) =>
        metier is not null
        && _permissions.TryGetValue(permission, out var definition)
        && (metier == Metiers.Administrateur || definition.Metiers.Contains(metier));
}
