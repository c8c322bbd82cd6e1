namespace SocialErp.Modules.Fiches.Domain;

/// <summary>A fiche that may describe the same person, with a score (the strongest reason) and every reason found.</summary>
internal sealed record CandidatDoublon(Fiche Fiche, int Score, IReadOnlyList<string> Raisons);
