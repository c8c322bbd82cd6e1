namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>
/// What a merge of fiches moved in one funding: the main funder, the co-funders re-pointed, and the co-funders whose
/// part was added to the kept fiche's part.
/// </summary>
internal sealed record RepriseFinancement(
    Guid FinancementId,
    bool PrincipalDeplace,
    IReadOnlyList<Guid> CoFinanceursDeplaces,
    IReadOnlyList<PartJointe> PartsJointes);

/// <summary>
/// A co-funder of the absorbed fiche a merge removed, adding its <c>Part</c> to the kept fiche's part: the main part
/// (<c>JointeA</c> null) or the co-funder <c>JointeA</c>, which the merge left at <c>PartApres</c>.
/// </summary>
internal sealed record PartJointe(Guid CoFinanceurId, decimal Part, Guid? JointeA, decimal PartApres);
