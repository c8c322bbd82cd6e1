namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// What a merge changed, enough to undo it: the fields taken from the absorbed fiche (<see cref="ChampsFusion"/>) and
/// the kept fiche's identity values before the merge (every field, so each taken one can be put back), the addresses,
/// contacts and categories it received, the relations it moved (with the ends and version they had) and the
/// relations it dropped (duplicates, links between the two fiches), in full.
/// </summary>
internal sealed record TraceFusion(
    IReadOnlyList<string> ChampsRepris,
    IdentiteAvantFusion ConserveeAvant,
    AjoutsFusion Ajouts,
    IReadOnlyList<RelationDeplacee> RelationsDeplacees,
    IReadOnlyList<RelationSupprimee> RelationsSupprimees);

/// <summary>
/// The kept fiche's values before a merge, of every choosable field. Records written before a field was choosable
/// lack it in their JSON: it reads null there, and their <c>champsRepris</c> never names it.
/// </summary>
internal sealed record IdentiteAvantFusion(string Nom, string? Prenom, DateOnly? DateNaissance, string? NumeroAvs, string? Email)
    : ValeursIdentite(Nom, Prenom, DateNaissance, NumeroAvs, Email);

/// <summary>The kept fiche's parts a merge added from the absorbed fiche.</summary>
internal sealed record AjoutsFusion(IReadOnlyList<Guid> Adresses, IReadOnlyList<Guid> Contacts, IReadOnlyList<string> Categories);

/// <summary>A relation re-pointed by a merge: its ends before it, and its version after it.</summary>
internal sealed record RelationDeplacee(Guid Id, Guid FicheId, Guid FicheLieeId, long VersionApresFusion);

/// <summary>A relation a merge removed, as it was.</summary>
internal sealed record RelationSupprimee(
    Guid Id, Guid FicheId, Guid FicheLieeId, TypeRelation Type, DateOnly? Du, DateOnly? Au, DateTime CreeLe, Guid? CreePar);
