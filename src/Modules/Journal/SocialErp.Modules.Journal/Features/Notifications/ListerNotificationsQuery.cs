namespace SocialErp.Modules.Journal.Features.Notifications;

/// <summary>
/// Notification list filters: <c>ficheId</c> (sent to or about that person), <c>dossierId</c>, <c>etat</c>
/// (a-envoyer | envoyee | echec | sans-canal), <c>du</c>/<c>au</c> (day queued, inclusive, service time zone); paged.
/// </summary>
internal sealed record ListerNotificationsQuery(Guid? FicheId, Guid? DossierId, string? Etat, DateOnly? Du, DateOnly? Au, int? Page, int? PageSize);
