namespace SocialErp.Modules.Dossiers.Features.ModifierDossier;

/// <summary>
/// Partial change of a dossier: every field given replaces the stored value, a field left out (or null) is kept.
/// Key dates (entry, planned end, real exit) are set here by hand.
/// </summary>
internal sealed record ModifierDossierRequest(
    string? Nom = null,
    string? Description = null,
    string? Prestation = null,
    int? CommuneDomicile = null,
    DateOnly? DateEntree = null,
    DateOnly? DateFinPrevue = null,
    DateOnly? DateSortieReelle = null);
