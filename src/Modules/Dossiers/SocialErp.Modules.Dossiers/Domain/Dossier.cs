using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.SharedKernel.Domain;

namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>
/// The case file of one follow-up, service or intervention. It points at fiches (never copies them), keeps its
/// allocation unit with dated memberships, its referents and shares (who may see it), and its lifecycle.
/// Archived, it stays complete but refuses every change except reactivation.
/// </summary>
internal sealed partial class Dossier : AggregateRoot
{
    private readonly List<Membre> _membres = [];
    private readonly List<PeriodeUa> _periodesUa = [];
    private readonly List<Referent> _referents = [];
    private readonly List<Partage> _partages = [];
    private readonly List<ChangementStatut> _changementsStatut = [];

    private Dossier(Guid id)
        : base(id)
    {
    }

    /// <summary>Human number: configurable prefix, year, sequence (<c>2026-00042</c>).</summary>
    public string Numero { get; private set; } = "";

    public string Nom { get; private set; } = "";

    public string? Description { get; private set; }

    /// <summary>Code of the benefit class (<see cref="Prestation"/>).</summary>
    public string Prestation { get; private set; } = "";

    /// <summary>BFS number of the commune of domicile of assistance.</summary>
    public int? CommuneDomicile { get; private set; }

    public Guid? ServiceId { get; private set; }

    /// <summary>One of <see cref="StatutsDossier"/>.</summary>
    public string Statut { get; private set; } = StatutsDossier.Ouvert;

    public DateOnly DateOuverture { get; private set; }

    public DateOnly? DateCloture { get; private set; }

    public string? MotifCloture { get; private set; }

    /// <summary>Start of the path: set when the first session is planned or by an entry event; editable.</summary>
    public DateOnly? DateEntree { get; private set; }

    /// <summary>Planned end: set when a later session is planned; editable.</summary>
    public DateOnly? DateFinPrevue { get; private set; }

    /// <summary>Real exit: set by a closing or an exit event; editable.</summary>
    public DateOnly? DateSortieReelle { get; private set; }

    public bool FacturationBloquee { get; private set; }

    public DateTime CreeLe { get; private set; }

    public Guid? CreePar { get; private set; }

    public DateTime? ModifieLe { get; private set; }

    /// <summary>Accent- and case-free number and name, for searching.</summary>
    public string TexteRecherche { get; private set; } = "";

    /// <summary>Incremented on every change of the allocation unit (version of its event).</summary>
    public long VersionUniteAllocation { get; private set; }

    /// <summary>Incremented on every change of who may see the dossier or which fiches it holds.</summary>
    public long VersionAcces { get; private set; }

    /// <summary>Entry order of the last recorded event, so several events of one day keep their order.</summary>
    public long DernierOrdreEvenement { get; private set; }

    public IReadOnlyList<Membre> Membres => _membres;

    public IReadOnlyList<PeriodeUa> PeriodesUa => _periodesUa;

    public IReadOnlyList<Referent> Referents => _referents;

    public IReadOnlyList<Partage> Partages => _partages;

    public IReadOnlyList<ChangementStatut> ChangementsStatut => _changementsStatut;

    public bool EstArchive => Statut == StatutsDossier.Archive;

    public static Dossier Ouvrir(
        string numero, DonneesDossier donnees, IReadOnlyList<MembreSaisi> membres, DateOnly dateOuverture, Guid? serviceId,
        Guid? referentPrincipal, DateTime maintenant, Guid? auteur)
    {
        var dossier = new Dossier(Guid.CreateVersion7(maintenant))
        {
            Numero = numero,
            ServiceId = serviceId,
            DateOuverture = dateOuverture,
            CreeLe = maintenant,
            CreePar = auteur,
            VersionUniteAllocation = 1,
            VersionAcces = 1,
        };
        dossier.Appliquer(donnees);
        foreach (var membre in membres)
        {
            dossier._membres.Add(new Membre(dossier.Id, membre.FicheId, membre.Role, maintenant));
            dossier._periodesUa.Add(new PeriodeUa(Guid.CreateVersion7(maintenant), dossier.Id, membre.FicheId, membre.Role, dateOuverture, null));
        }

        if (referentPrincipal is { } utilisateur)
        {
            dossier._referents.Add(new Referent(Guid.CreateVersion7(maintenant), dossier.Id, utilisateur, null, dateOuverture, principal: true));
        }

        dossier._changementsStatut.Add(new ChangementStatut(
            Guid.CreateVersion7(maintenant), dossier.Id, null, StatutsDossier.Ouvert, dateOuverture, null, maintenant, auteur));
        return dossier;
    }

    /// <summary>Replaces the core data; answers the API names of the fields that changed.</summary>
    public IReadOnlyList<string> Modifier(DonneesDossier donnees, DateTime maintenant)
    {
        var champs = new List<string>();
        if (donnees.Nom != Nom)
        {
            champs.Add("nom");
        }

        if (donnees.Description != Description)
        {
            champs.Add("description");
        }

        if (donnees.Prestation != Prestation)
        {
            champs.Add("prestation");
        }

        if (donnees.CommuneDomicile != CommuneDomicile)
        {
            champs.Add("communeDomicile");
        }

        if (champs.Count > 0)
        {
            Appliquer(donnees);
            ModifieLe = maintenant;
        }

        return champs;
    }

    /// <summary>Sets the key dates by hand; answers the API names of those that changed.</summary>
    public IReadOnlyList<string> ModifierDates(DateOnly? entree, DateOnly? finPrevue, DateOnly? sortieReelle, DateTime maintenant)
    {
        var champs = new List<string>();
        if (entree is not null && entree != DateEntree)
        {
            DateEntree = entree;
            champs.Add("dateEntree");
        }

        if (finPrevue is not null && finPrevue != DateFinPrevue)
        {
            DateFinPrevue = finPrevue;
            champs.Add("dateFinPrevue");
        }

        if (sortieReelle is not null && sortieReelle != DateSortieReelle)
        {
            DateSortieReelle = sortieReelle;
            champs.Add("dateSortieReelle");
        }

        if (champs.Count > 0)
        {
            ModifieLe = maintenant;
        }

        return champs;
    }

    /// <summary>The first planned session sets the entry date; a later one moves the planned end.</summary>
    public void SeancePlanifiee(DateOnly debut, DateOnly fin)
    {
        DateEntree ??= debut;
        if (DateFinPrevue is null || fin > DateFinPrevue)
        {
            DateFinPrevue = fin;
        }
    }

    /// <summary>Billing blocked or unblocked; false when it already was.</summary>
    public bool DefinirFacturation(bool bloquee)
    {
        if (FacturationBloquee == bloquee)
        {
            return false;
        }

        FacturationBloquee = bloquee;
        return true;
    }

    public long ProchainOrdreEvenement() => ++DernierOrdreEvenement;

    private void Appliquer(DonneesDossier donnees)
    {
        Nom = donnees.Nom;
        Description = donnees.Description;
        Prestation = donnees.Prestation;
        CommuneDomicile = donnees.CommuneDomicile;
        TexteRecherche = TexteNormalise.De($"{Numero} {Nom}");
    }
}
