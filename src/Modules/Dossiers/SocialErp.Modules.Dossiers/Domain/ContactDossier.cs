namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>An outside party of a dossier by role (prescripteur, employeur…): a fiche of the role's category.</summary>
internal sealed class ContactDossier
{
    public ContactDossier(Guid id, Guid dossierId, string role, Guid ficheId, DateOnly? du, DateOnly? au, string? remarque, DateTime ajouteLe)
    {
        Id = id;
        DossierId = dossierId;
        Role = role;
        FicheId = ficheId;
        Du = du;
        Au = au;
        Remarque = remarque;
        AjouteLe = ajouteLe;
    }

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    /// <summary>The code of a <see cref="RoleContact"/>.</summary>
    public string Role { get; private set; }

    public Guid FicheId { get; private set; }

    public DateOnly? Du { get; private set; }

    public DateOnly? Au { get; private set; }

    public string? Remarque { get; private set; }

    public DateTime AjouteLe { get; private set; }

    /// <summary>A contact of the absorbed fiche that a merge drops, as it was, with the kept fiche's contact it duplicates.</summary>
    public ContactRetire Retirer(Guid doublonId) => new(Id, DossierId, Role, Du, Au, Remarque, AjouteLe, doublonId);

    /// <summary>A dropped contact given back to <paramref name="ficheId"/> when the merge is undone.</summary>
    public static ContactDossier Restaurer(ContactRetire retire, Guid ficheId) =>
        new(retire.Id, retire.DossierId, retire.Role, ficheId, retire.Du, retire.Au, retire.Remarque, retire.AjouteLe);

    public void Repointer(Guid ficheId) => FicheId = ficheId;
}
