namespace SocialErp.Modules.Journal.Features.JournalDossier;

/// <summary>Filters of a dossier's journal: kind, inclusive period (UTC dates), author, words of the text; paging.</summary>
internal sealed record ListerJournalDossierQuery(string? Type, DateOnly? Du, DateOnly? Au, Guid? AuteurId, string? Q, int? Page, int? PageSize);
