namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>One membership period of a fiche in a dossier's allocation unit, <c>Du</c> to <c>Au</c> inclusive.</summary>
internal sealed class PeriodeUa
{
    public PeriodeUa(Guid id, Guid dossierId, Guid ficheId, string role, DateOnly du, DateOnly? au)
    {
        Id = id;
        DossierId = dossierId;
        FicheId = ficheId;
        Role = role;
        Du = du;
        Au = au;
    }

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    public Guid FicheId { get; private set; }

    public string Role { get; private set; }

    public DateOnly Du { get; private set; }

    public DateOnly? Au { get; private set; }

    public bool Couvre(DateOnly date) => Du <= date && (Au is null || Au >= date);

    public void RepointerVers(Guid ficheId) => FicheId = ficheId;
}
