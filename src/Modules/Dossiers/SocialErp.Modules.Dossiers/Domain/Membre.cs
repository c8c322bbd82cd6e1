namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>A fiche member of a dossier with its role (one of <c>RolesMembre</c>).</summary>
internal sealed class Membre
{
    public Membre(Guid dossierId, Guid ficheId, string role, DateTime ajouteLe)
    {
        DossierId = dossierId;
        FicheId = ficheId;
        Role = role;
        AjouteLe = ajouteLe;
    }

    public Guid DossierId { get; private set; }

    public Guid FicheId { get; private set; }

    public string Role { get; private set; }

    public DateTime AjouteLe { get; private set; }
}
