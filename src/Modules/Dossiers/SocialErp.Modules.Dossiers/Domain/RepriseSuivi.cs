namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>
/// What a merge of fiches moved in the dossiers' follow-up records: contacts re-pointed, contacts dropped as
/// duplicates of the kept fiche, fundings and placements re-pointed, catalogue conventions whose funder moved (ids; absent
/// from merges remembered before the catalogue existed).
/// </summary>
internal sealed record RepriseSuivi(
    IReadOnlyList<Guid> ContactsDeplaces,
    IReadOnlyList<ContactRetire> ContactsRetires,
    IReadOnlyList<RepriseFinancement> Financements,
    IReadOnlyList<Guid> Placements,
    IReadOnlyList<Guid>? Conventions = null)
{
    public static RepriseSuivi Aucune { get; } = new([], [], [], []);

    public RepriseSuivi Et(RepriseSuivi autre) => new(
        [.. ContactsDeplaces, .. autre.ContactsDeplaces],
        [.. ContactsRetires, .. autre.ContactsRetires],
        [.. Financements, .. autre.Financements],
        [.. Placements, .. autre.Placements],
        [.. Conventions ?? [], .. autre.Conventions ?? []]);
}

/// <summary>An absorbed fiche's contact a merge dropped because the kept fiche's contact <c>DoublonId</c> had the same role, as it was.</summary>
internal sealed record ContactRetire(
    Guid Id, Guid DossierId, string Role, DateOnly? Du, DateOnly? Au, string? Remarque, DateTime AjouteLe, Guid DoublonId);
