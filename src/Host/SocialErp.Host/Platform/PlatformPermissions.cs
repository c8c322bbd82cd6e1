using SocialErp.SharedKernel.Security;

namespace SocialErp.Host.Platform;

/// <summary>Permissions of the platform itself (held by administrators only).</summary>
internal static class PlatformPermissions
{
    public const string GererUtilisateurs = "admin.utilisateurs";
    public const string GererMessages = "admin.messages";

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        new(GererUtilisateurs, "Créer les utilisateurs et les services, fixer métier, service et supérieur", []),
        new(GererMessages, "Voir et rejouer les messages parqués", []),
    ];
}
