namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// What a merge changed, enough to undo it: the kept fiche's identity values before the merge, the addresses,
/// contacts and categories it received, the relations it moved (with the ends and version they had) and the
/// relations it dropped (duplicates, links between the two fiches), in full.
/// </summary>
internal sealed record TraceFusion(
    IReadOnlyList<string> ChampsRepris,
    IdentiteAvantFusion ConserveeAvant,
    AjoutsFusion Ajouts,
    IReadOnlyList<RelationDeplacee> RelationsDeplacees,
    IReadOnlyList<RelationSupprimee> RelationsSupprimees);

/// <summary>The identity values a merge may overwrite (<see cref="ChampFusion"/>).</summary>
internal sealed record IdentiteAvantFusion(string Nom, string? Prenom, DateOnly? DateNaissance, string? NumeroAvs, string? Email);

/// <summary>The kept fiche's parts a merge added from the absorbed fiche.</summary>
internal sealed record AjoutsFusion(IReadOnlyList<Guid> Adresses, IReadOnlyList<Guid> Contacts, IReadOnlyList<string> Categories);

/// <summary>A relation re-pointed by a merge: its ends before it, and its version after it.</summary>
internal sealed record RelationDeplacee(Guid Id, Guid FicheId, Guid FicheLieeId, long VersionApresFusion);

/// <summary>A relation a merge removed, as it was.</summary>
internal sealed record RelationSupprimee(
    Guid Id, Guid FicheId, Guid FicheLieeId, TypeRelation Type, DateOnly? Du, DateOnly? Au, DateTime CreeLe, Guid? CreePar);
