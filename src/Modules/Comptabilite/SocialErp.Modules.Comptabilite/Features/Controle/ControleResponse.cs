namespace SocialErp.Modules.Comptabilite.Features.Controle;

/// <summary>The integrity report: what was checked and every difference found (none when <c>conforme</c>).</summary>
internal sealed record ControleResponse(
    DateTime Le,
    bool Conforme,
    int Ecritures,
    int Lignes,
    IReadOnlyList<DifferenceResponse> Differences);

/// <summary>
/// One difference: <c>regle</c> names the broken invariant (ecriture-desequilibree, lignes-insuffisantes,
/// montant-invalide, total-ecriture, genre-ligne, date-ligne, periode-cloturee, extourne-non-miroir, repointage-en-chaine,
/// membres-chevauchants, solde-mensuel: a stored monthly balance that differs from its lines).
/// </summary>
internal sealed record DifferenceResponse(string Regle, Guid? EcritureId, string Detail);
