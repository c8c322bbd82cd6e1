namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>
/// What a merge of fiches moved inside one dossier from the absorbed fiche to the kept one: its membership, the
/// periods re-pointed, the periods dropped because a kept period covered them, and the referents' intervenant links.
/// </summary>
internal sealed record RepriseDossier(
    Guid DossierId,
    MembreRepris? Membre,
    IReadOnlyList<Guid> PeriodesDeplacees,
    IReadOnlyList<PeriodeJointe> PeriodesJointes,
    IReadOnlyList<Guid> Referents)
{
    public bool EstVide => Membre is null && PeriodesDeplacees.Count == 0 && PeriodesJointes.Count == 0 && Referents.Count == 0;
}

/// <summary>
/// The absorbed fiche's membership as it was: moved to the kept fiche (which the merge made a member), or
/// <c>Joint</c> to the kept fiche's own membership.
/// </summary>
internal sealed record MembreRepris(string Role, DateTime AjouteLe, bool Joint);

/// <summary>An absorbed fiche's period a merge dropped because the kept period <c>JointeA</c> covered it, as it was.</summary>
internal sealed record PeriodeJointe(Guid Id, string Role, DateOnly Du, DateOnly? Au, Guid JointeA);
