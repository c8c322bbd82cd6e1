namespace SocialErp.Modules.Journal.Features.ListerEntrees;

/// <summary>The journal of one target: <c>cibleType</c> = fiche | dossier.</summary>
internal sealed record ListerEntreesQuery(string? CibleType, Guid? CibleId, int? Page, int? PageSize);
