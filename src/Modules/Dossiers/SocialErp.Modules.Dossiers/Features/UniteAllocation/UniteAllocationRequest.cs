namespace SocialErp.Modules.Dossiers.Features.UniteAllocation;

/// <summary>
/// The complete membership history of the allocation unit (past periods included): it replaces the stored one.
/// </summary>
internal sealed record UniteAllocationRequest(IReadOnlyList<PeriodeRequest>? Periodes);

/// <summary>A fiche's membership from <c>du</c> to <c>au</c> inclusive (null: still a member), with its role.</summary>
internal sealed record PeriodeRequest(Guid? FicheId, string? Role, DateOnly? Du, DateOnly? Au);
