namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>The dossier shared with a user or a whole service, until <c>Au</c> inclusive (none: until removed).</summary>
internal sealed class Partage
{
    public Partage(Guid id, Guid dossierId, Guid? utilisateurId, Guid? serviceId, DateOnly du, DateOnly? au, DateTime creeLe, Guid? creePar)
    {
        Id = id;
        DossierId = dossierId;
        UtilisateurId = utilisateurId;
        ServiceId = serviceId;
        Du = du;
        Au = au;
        CreeLe = creeLe;
        CreePar = creePar;
    }

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    public Guid? UtilisateurId { get; private set; }

    public Guid? ServiceId { get; private set; }

    public DateOnly Du { get; private set; }

    public DateOnly? Au { get; private set; }

    public DateTime CreeLe { get; private set; }

    public Guid? CreePar { get; private set; }

    public bool EstActif(DateOnly aujourdhui) => Au is null || Au >= aujourdhui;
}
