namespace SocialErp.SharedKernel.Security;

/// <summary>
/// The signed-in user as modules see it, for row-level filtering and for stamping authors.
/// </summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? Id { get; }

    string? Email { get; }

    string? Metier { get; }

    Guid? ServiceId { get; }

    Guid? ManagerId { get; }

    bool HasPermission(string permission);

    /// <summary>True for trades that see every service's data (administrateur, direction).</summary>
    bool VoitTousLesServices { get; }
}
