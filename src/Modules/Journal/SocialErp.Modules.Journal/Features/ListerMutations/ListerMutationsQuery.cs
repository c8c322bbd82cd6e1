namespace SocialErp.Modules.Journal.Features.ListerMutations;

/// <summary>Filters of the journal des mutations; <c>du</c>/<c>au</c> are inclusive days of the service's calendar (<c>Horloge:FuseauHoraire</c>).</summary>
internal sealed record ListerMutationsQuery(
    string? Module,
    string? Entite,
    string? EntiteId,
    Guid? UtilisateurId,
    string? Operation,
    DateOnly? Du,
    DateOnly? Au,
    int? Page,
    int? PageSize);
