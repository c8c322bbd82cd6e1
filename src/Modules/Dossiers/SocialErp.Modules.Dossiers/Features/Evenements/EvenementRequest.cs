namespace SocialErp.Modules.Dossiers.Features.Evenements;

/// <summary>
/// An event to record: its type code (ENTREE, ABANDON…), its real date (default today, may be in the past),
/// a comment, the motif (required by some types) and the type's extra fields.
/// </summary>
internal sealed record EvenementRequest(
    string? Type,
    DateOnly? Date = null,
    string? Commentaire = null,
    string? Motif = null,
    IReadOnlyDictionary<string, string>? Champs = null);

/// <summary>A correction of a recorded event (its type and applied effects stay).</summary>
internal sealed record CorrectionEvenementRequest(
    DateOnly? Date,
    string? Commentaire = null,
    string? Motif = null,
    IReadOnlyDictionary<string, string>? Champs = null);
