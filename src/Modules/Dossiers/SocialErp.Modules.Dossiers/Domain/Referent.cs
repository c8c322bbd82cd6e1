namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>
/// An internal referent: a user (and optionally their intervenant fiche) following the dossier from <c>Du</c>;
/// <c>Au</c> set when they stop. Active referents (no end) see the dossier, and so does their hierarchy.
/// </summary>
internal sealed class Referent
{
    public Referent(Guid id, Guid dossierId, Guid utilisateurId, Guid? ficheIntervenantId, DateOnly du, bool principal)
    {
        Id = id;
        DossierId = dossierId;
        UtilisateurId = utilisateurId;
        FicheIntervenantId = ficheIntervenantId;
        Du = du;
        Principal = principal;
    }

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    public Guid UtilisateurId { get; private set; }

    public Guid? FicheIntervenantId { get; private set; }

    public DateOnly Du { get; private set; }

    public DateOnly? Au { get; private set; }

    public bool Principal { get; private set; }

    public bool EstActif => Au is null;

    public void Terminer(DateOnly date) => Au = date < Du ? Du : date;

    public void RepointerFiche(Guid ficheId) => FicheIntervenantId = ficheId;
}
