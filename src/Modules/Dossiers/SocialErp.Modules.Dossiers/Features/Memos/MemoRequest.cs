namespace SocialErp.Modules.Dossiers.Features.Memos;

/// <param name="Visibilite">equipe (everyone who sees the dossier) or prive (the author only).</param>
/// <param name="Texte">The note.</param>
/// <param name="Nature">appel, rendez-vous, email, courrier or note (default note).</param>
/// <param name="Relance">A follow-up to plan, shown as a due date in the responsible's échéancier; omitted: none (a PUT without it cancels it).</param>
internal sealed record MemoRequest(string? Visibilite, string? Texte, string? Nature = null, RelanceMemoRequest? Relance = null);

/// <param name="Date">The day to follow up by (today or later).</param>
/// <param name="ResponsableId">Who follows up; default the memo's author. Another user must see the dossier; a private memo's follow-up stays its author's.</param>
internal sealed record RelanceMemoRequest(DateOnly? Date, Guid? ResponsableId);

/// <summary>A memo; <c>relance</c>: the follow-up planned, or null.</summary>
internal sealed record MemoResponse(
    Guid Id, Guid? AuteurId, string Visibilite, string Nature, string Texte, RelanceMemoResponse? Relance, DateTime CreeLe, DateTime? ModifieLe,
    int Corrections, long Version);

internal sealed record RelanceMemoResponse(DateOnly Date, Guid ResponsableId);

/// <param name="Memo">The memo as it is now.</param>
/// <param name="Historique">Previous versions, oldest first.</param>
internal sealed record MemoDetailResponse(MemoResponse Memo, IReadOnlyList<VersionMemoResponse> Historique);

internal sealed record VersionMemoResponse(int Numero, string Visibilite, string Texte, DateTime EcritLe);
