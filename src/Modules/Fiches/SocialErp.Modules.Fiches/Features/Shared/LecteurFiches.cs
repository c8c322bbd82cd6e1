using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>
/// The current user as the Fiches visibility rule needs them: who they are, plus the users under them in the
/// hierarchy (a manager sees the fiches of the dossiers their people are referents of, as Dossiers lets them see the
/// dossiers). The hierarchy is the directory's and changes on its own, so it is read per request, not projected:
/// <see cref="ChargerAsync"/> runs before every Fiches route (endpoint filter) and at the start of every Contracts
/// query; reading <see cref="Subordonnes"/> before it is a bug, not an empty team.
/// </summary>
internal sealed class LecteurFiches(ICurrentUser user, IHierarchieUtilisateurs hierarchie) : ICurrentUser
{
    private IReadOnlyCollection<Guid>? _subordonnes;

    public bool IsAuthenticated => user.IsAuthenticated;

    public Guid? Id => user.Id;

    public string? Email => user.Email;

    public string? Metier => user.Metier;

    public Guid? ServiceId => user.ServiceId;

    public Guid? ManagerId => user.ManagerId;

    public bool VoitTousLesServices => user.VoitTousLesServices;

    /// <summary>Every user under this one, directly or not (empty for those who see everything anyway).</summary>
    public IReadOnlyCollection<Guid> Subordonnes =>
        _subordonnes ?? throw new InvalidOperationException("LecteurFiches.ChargerAsync must run before the visibility rule is built.");

    public bool HasPermission(string permission) => user.HasPermission(permission);

    public async Task ChargerAsync(CancellationToken cancellationToken) =>
        _subordonnes ??= user.VoitTousLesServices || user.Id is not { } moi
            ? []
            : (await hierarchie.SubordonnesAsync(moi, cancellationToken)).ToList();
}
