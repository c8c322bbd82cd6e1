namespace SocialErp.Modules.Dossiers.Features.Objectifs;

/// <param name="Nature">professionnel, competence or resultat.</param>
/// <param name="Genre">competence: savoir, savoir-faire, savoir-etre; resultat: livrable, certification, cible-mesurable; none for professionnel.</param>
/// <param name="Libelle">What is aimed at.</param>
/// <param name="Description">Details.</param>
/// <param name="Cible">The measurable target of an expected result.</param>
/// <param name="Echeance">When it should be reached.</param>
/// <param name="Atteint">Evaluation: true (achieved), false (not achieved), null (not evaluated yet).</param>
/// <param name="EvalueLe">Date of the evaluation (today when evaluated without a date).</param>
internal sealed record ObjectifRequest(
    string? Nature, string? Genre, string? Libelle, string? Description, string? Cible, DateOnly? Echeance, bool? Atteint, DateOnly? EvalueLe);

internal sealed record ObjectifResponse(
    Guid Id, string Nature, string? Genre, string Libelle, string? Description, string? Cible, DateOnly? Echeance, bool? Atteint,
    DateOnly? EvalueLe, long Version);

/// <param name="Objectifs">The dossier's objectives, in creation order.</param>
/// <param name="Evalues">How many were evaluated.</param>
/// <param name="Atteints">How many of those were achieved.</param>
/// <param name="TauxReussite">Achieved over evaluated, in percent (2 places); null when none was evaluated.</param>
internal sealed record ObjectifsResponse(IReadOnlyList<ObjectifResponse> Objectifs, int Evalues, int Atteints, decimal? TauxReussite);
