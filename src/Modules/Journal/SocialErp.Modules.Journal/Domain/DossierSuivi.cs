using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Journal.Domain;

/// <summary>
/// What the Journal knows of a dossier from Dossiers' events: its service, referent and who may see it. Used to
/// route due dates (a service's échéancier, "the dossier's referent") and to check that a responsible can see
/// the dossier. Reads of the current user's visibility go to <c>IDossierVisibilite</c>, never to this copy.
/// </summary>
[NonAudite]
internal sealed class DossierSuivi
{
    private DossierSuivi()
    {
    }

    public Guid DossierId { get; private set; }

    public string? Numero { get; private set; }

    public Guid? ServiceId { get; private set; }

    /// <summary>The referent named by the last transfer (see <see cref="ReferentPrincipal"/>).</summary>
    public Guid? ReferentId { get; private set; }

    /// <summary>Services the dossier is shared with (<see cref="ListeIds"/>).</summary>
    public string ServicesPartages { get; private set; } = "";

    /// <summary>Users named on the dossier: referents, shares (<see cref="ListeIds"/>).</summary>
    public string UtilisateursAutorises { get; private set; } = "";

    /// <summary>Version of the last access event applied (snapshot events may arrive late).</summary>
    public long VersionAcces { get; private set; }

    public static DossierSuivi Nouveau(Guid dossierId) => new() { DossierId = dossierId };

    public void Ouvert(string numero, Guid? serviceId)
    {
        Numero = numero;
        ServiceId ??= serviceId;
    }

    public void AccesModifies(long version, Guid? serviceId, IEnumerable<Guid> servicesPartages, IEnumerable<Guid> utilisateurs)
    {
        if (version <= VersionAcces)
        {
            return;
        }

        VersionAcces = version;
        ServiceId = serviceId;
        ServicesPartages = ListeIds.Formater(servicesPartages);
        UtilisateursAutorises = ListeIds.Formater(utilisateurs);
    }

    public void Transfere(Guid? serviceId, Guid? referentId)
    {
        ServiceId = serviceId ?? ServiceId;
        ReferentId = referentId ?? ReferentId;
    }

    /// <summary>
    /// The user "the dossier's referent" means: the first user Dossiers lists as authorised (its active referents come
    /// first, the main one opened the dossier), else the referent named by the last transfer.
    /// </summary>
    public Guid? ReferentPrincipal => ListeIds.Lire(UtilisateursAutorises) is [var premier, ..] ? premier : ReferentId;

    /// <summary>Whether a user of this trade and service, with this id, can see the dossier.</summary>
    public bool EstVisiblePar(Guid utilisateurId, Guid? serviceId, bool voitTousLesServices) =>
        voitTousLesServices
        || utilisateurId == ReferentId
        || ListeIds.Lire(UtilisateursAutorises).Contains(utilisateurId)
        || (serviceId is { } service && (service == ServiceId || ListeIds.Lire(ServicesPartages).Contains(service)));
}
