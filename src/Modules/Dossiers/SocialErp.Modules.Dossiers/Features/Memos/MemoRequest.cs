namespace SocialErp.Modules.Dossiers.Features.Memos;

/// <param name="Visibilite">equipe (everyone who sees the dossier) or prive (the author only).</param>
/// <param name="Texte">The note.</param>
internal sealed record MemoRequest(string? Visibilite, string? Texte);

internal sealed record MemoResponse(
    Guid Id, Guid? AuteurId, string Visibilite, string Texte, DateTime CreeLe, DateTime? ModifieLe, int Corrections, long Version);

/// <param name="Memo">The memo as it is now.</param>
/// <param name="Historique">Previous versions, oldest first.</param>
internal sealed record MemoDetailResponse(MemoResponse Memo, IReadOnlyList<VersionMemoResponse> Historique);

internal sealed record VersionMemoResponse(int Numero, string Visibilite, string Texte, DateTime EcritLe);
