namespace SocialErp.Modules.Dossiers.Contracts.Queries;

/// <summary>
/// What other modules read of a dossier's follow-up (mail merge of reports and attestations): its principal referent,
/// its funding and its path indicators. Null when the dossier is unknown or not visible to the current user; outside a
/// request it reads for the system, as <see cref="IDossiersLecture"/> does.
/// </summary>
public interface ISuiviDossierLecture
{
    Task<SuiviDossierApercu?> TrouverAsync(Guid dossierId, CancellationToken cancellationToken);
}
