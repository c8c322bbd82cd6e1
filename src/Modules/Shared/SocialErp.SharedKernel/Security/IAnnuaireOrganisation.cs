namespace SocialErp.SharedKernel.Security;

/// <summary>
/// Answers whether a service or a user exists, for modules that reference them by id (a dossier's service, its
/// referents, a transfer) and must refuse unknown ones. Implemented by the host over its identity store.
/// </summary>
public interface IAnnuaireOrganisation
{
    Task<bool> ServiceExisteAsync(Guid serviceId, CancellationToken cancellationToken);

    Task<bool> UtilisateurExisteAsync(Guid utilisateurId, CancellationToken cancellationToken);
}
