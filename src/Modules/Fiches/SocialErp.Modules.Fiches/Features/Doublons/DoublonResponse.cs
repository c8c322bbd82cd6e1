using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.Doublons;

/// <summary>
/// A fiche that may be the same person. <c>score</c> (0–100) is the strongest reason's weight; <c>raisons</c>
/// lists avs, email, nom-date-naissance, nom-proche-date-naissance.
/// </summary>
internal sealed record DoublonResponse(
    Guid FicheId,
    string Nom,
    string? Prenom,
    DateOnly? DateNaissance,
    int Score,
    IReadOnlyList<string> Raisons)
{
    public static DoublonResponse From(CandidatDoublon candidat) => new(
        candidat.Fiche.Id, candidat.Fiche.Nom, candidat.Fiche.Prenom, candidat.Fiche.DateNaissance, candidat.Score, candidat.Raisons);
}
