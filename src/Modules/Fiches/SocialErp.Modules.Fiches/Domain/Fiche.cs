using SocialErp.SharedKernel.Domain;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// The single record of a person or an organisation, independent of any dossier. Other modules point at it
/// by id and never copy its data. It belongs to the service of the user who created it.
/// </summary>
internal sealed class Fiche : AggregateRoot
{
    private readonly List<FicheCategorie> _categories = [];
    private readonly List<FicheContact> _contacts = [];
    private readonly List<PreferenceNotification> _preferences = [];
    private readonly List<Adresse> _adresses = [];
    private readonly List<FicheTerme> _termes = [];
    private readonly List<AccesFiche> _accesParDossiers = [];

    private Fiche(Guid id, TypeFiche type, Guid? serviceId, DateTime creeLe, Guid? creePar)
        : base(id)
    {
        Type = type;
        ServiceId = serviceId;
        CreeLe = creeLe;
        CreePar = creePar;
    }

    public TypeFiche Type { get; private set; }

    /// <summary>Family name of a person, or the organisation's legal name (raison sociale).</summary>
    public string Nom { get; private set; } = "";

    public string? Prenom { get; private set; }

    /// <summary>Maiden name, former names, aliases.</summary>
    public string? AutresNoms { get; private set; }

    public DateOnly? DateNaissance { get; private set; }

    public Sexe? Sexe { get; private set; }

    public EtatCivil? EtatCivil { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 (CH, FR, PT…).</summary>
    public string? Nationalite { get; private set; }

    /// <summary>ISO 639-1 correspondence language (fr, de, it, en…).</summary>
    public string? Langue { get; private set; }

    /// <summary>Thirteen digits without separators.</summary>
    public string? NumeroAvs { get; private set; }

    public PermisSejour? PermisSejour { get; private set; }

    /// <summary>BFS number of the commune of residence.</summary>
    public int? CommuneResidence { get; private set; }

    /// <summary>Organisations: CHE and the 9 digits of the IDE/UID number.</summary>
    public string? NumeroIde { get; private set; }

    /// <summary>Organisations: legal form or kind (SA, Sàrl, association, office cantonal…).</summary>
    public string? FormeJuridique { get; private set; }

    /// <summary>The main e-mail address; others are in <see cref="Contacts"/>.</summary>
    public string? Email { get; private set; }

    public Guid? ServiceId { get; private set; }

    public DateTime CreeLe { get; private set; }

    public Guid? CreePar { get; private set; }

    public DateTime? ModifieeLe { get; private set; }

    public bool Archivee { get; private set; }

    public DateTime? ArchiveeLe { get; private set; }

    /// <summary>Accent- and case-free copy of the names and e-mail, for searching.</summary>
    public string TexteRecherche { get; private set; } = "";

    /// <summary>Set when this fiche was merged into another: it stays, archived, as a tombstone pointing to the survivor.</summary>
    public Guid? FusionneeDans { get; private set; }

    public IReadOnlyCollection<FicheCategorie> Categories => _categories;

    public IReadOnlyCollection<FicheContact> Contacts => _contacts;

    public IReadOnlyCollection<PreferenceNotification> Preferences => _preferences;

    public IReadOnlyCollection<Adresse> Adresses => _adresses;

    public IReadOnlyCollection<FicheTerme> Termes => _termes;

    /// <summary>Who may see this fiche through a dossier (projection fed by the Dossiers module; never loaded by writes).</summary>
    public IReadOnlyCollection<AccesFiche> AccesParDossiers => _accesParDossiers;

    /// <summary>A new fiche; only demo data passes an <c>id</c> (the fixed ids other modules' demo data refer to).</summary>
    public static Fiche Creer(IdentiteFiche identite, Guid? serviceId, DateTime maintenant, Guid? auteur, Guid? id = null)
    {
        var fiche = new Fiche(id ?? Guid.CreateVersion7(), identite.Type, serviceId, maintenant, auteur);
        fiche.Modifier(identite, maintenant);
        return fiche;
    }

    /// <summary>Replaces the entered data; returns the API names of the fields that changed.</summary>
    public IReadOnlyList<string> Modifier(IdentiteFiche identite, DateTime maintenant)
    {
        var personne = identite.Type == TypeFiche.Personne;
        var champs = new List<string>();
        Changer(champs, personne ? "nom" : "raisonSociale", Nom, identite.Nom.Trim(), v => Nom = v);
        Changer(champs, "prenom", Prenom, personne ? Nettoyer(identite.Prenom) : null, v => Prenom = v);
        Changer(champs, "autresNoms", AutresNoms, personne ? Nettoyer(identite.AutresNoms) : null, v => AutresNoms = v);
        Changer(champs, "dateNaissance", DateNaissance, personne ? identite.DateNaissance : null, v => DateNaissance = v);
        Changer(champs, "sexe", Sexe, personne ? identite.Sexe : null, v => Sexe = v);
        Changer(champs, "etatCivil", EtatCivil, personne ? identite.EtatCivil : null, v => EtatCivil = v);
        Changer(champs, "nationalite", Nationalite, personne ? identite.Nationalite : null, v => Nationalite = v);
        Changer(champs, "langue", Langue, identite.Langue, v => Langue = v);
        Changer(champs, "numeroAvs", NumeroAvs, personne ? identite.NumeroAvs : null, v => NumeroAvs = v);
        Changer(champs, "permisSejour", PermisSejour, personne ? identite.PermisSejour : null, v => PermisSejour = v);
        Changer(champs, "communeResidence", CommuneResidence, personne ? identite.CommuneResidence : null, v => CommuneResidence = v);
        Changer(champs, "numeroIde", NumeroIde, personne ? null : identite.NumeroIde, v => NumeroIde = v);
        Changer(champs, "formeJuridique", FormeJuridique, personne ? null : Nettoyer(identite.FormeJuridique), v => FormeJuridique = v);
        Changer(champs, "email", Email, Nettoyer(identite.Email), v => Email = v);
        if (RemplacerCategories(identite.Categories))
        {
            champs.Add("categories");
        }

        if (RemplacerContacts(identite.Contacts))
        {
            champs.Add("contacts");
        }

        if (RemplacerPreferences(identite.Preferences))
        {
            champs.Add("preferencesNotification");
        }

        TexteRecherche = Domain.TexteRecherche.Normaliser(Nom, Prenom, Email);
        RecalculerTermes();
        if (champs.Count > 0)
        {
            ModifieeLe = maintenant;
        }

        return champs;
    }

    /// <summary>
    /// Adds an address from its start date and closes the current one of the same type the day before.
    /// Refused when an address of that type starts on or after that date (the history is only extended).
    /// </summary>
    public Result<Adresse> AjouterAdresse(AdresseSaisie saisie, DateTime maintenant)
    {
        var memeType = _adresses.Where(a => a.Type == saisie.Type).ToList();
        if (memeType.Any(a => a.ValideDu >= saisie.ValideDu))
        {
            return FicheErrors.AdresseAnterieure;
        }

        foreach (var precedente in memeType.Where(a => a.ValideAu is null || a.ValideAu >= saisie.ValideDu))
        {
            precedente.Fermer(saisie.ValideDu.AddDays(-1));
        }

        var adresse = Adresse.Creer(saisie);
        _adresses.Add(adresse);
        ModifieeLe = maintenant;
        return adresse;
    }

    public Result Archiver(DateTime maintenant)
    {
        if (Archivee)
        {
            return FicheErrors.DejaArchivee;
        }

        Archivee = true;
        ArchiveeLe = maintenant;
        ModifieeLe = maintenant;
        return Result.Success();
    }

    public Result Reactiver(DateTime maintenant)
    {
        if (!Archivee)
        {
            return FicheErrors.DejaActive;
        }

        Archivee = false;
        ArchiveeLe = null;
        ModifieeLe = maintenant;
        return Result.Success();
    }

    private static void Changer<T>(List<string> champs, string champ, T actuelle, T nouvelle, Action<T> affecter)
    {
        if (!EqualityComparer<T>.Default.Equals(actuelle, nouvelle))
        {
            affecter(nouvelle);
            champs.Add(champ);
        }
    }

    private static string? Nettoyer(string? texte) => string.IsNullOrWhiteSpace(texte) ? null : texte.Trim();

    private bool RemplacerCategories(IReadOnlyList<string> categories)
    {
        var voulues = categories.ToHashSet(StringComparer.Ordinal);
        var retirees = _categories.RemoveAll(c => !voulues.Contains(c.Categorie));
        var ajoutees = voulues.Except(_categories.Select(c => c.Categorie), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        _categories.AddRange(ajoutees.Select(c => new FicheCategorie(Id, c)));
        return retirees > 0 || ajoutees.Count > 0;
    }

    private bool RemplacerContacts(IReadOnlyList<FicheContact> contacts)
    {
        if (contacts.Count == _contacts.Count && contacts.Zip(_contacts).All(p => p.First.MemeQue(p.Second)))
        {
            return false;
        }

        _contacts.Clear();
        _contacts.AddRange(contacts);
        return true;
    }

    private bool RemplacerPreferences(IReadOnlyDictionary<TypeMessage, CanalNotification> preferences)
    {
        var change = _preferences.RemoveAll(p => !preferences.ContainsKey(p.TypeMessage)) > 0;
        foreach (var (typeMessage, canal) in preferences)
        {
            var existante = _preferences.Find(p => p.TypeMessage == typeMessage);
            if (existante is null)
            {
                _preferences.Add(new PreferenceNotification(Id, typeMessage, canal));
                change = true;
            }
            else if (existante.Canal != canal)
            {
                existante.Changer(canal);
                change = true;
            }
        }

        return change;
    }

    private void RecalculerTermes()
    {
        var voulus = new HashSet<string>(TermesRecherche.Mots(Nom, Prenom, AutresNoms), StringComparer.Ordinal);
        if (Email is not null)
        {
            voulus.Add(TermesRecherche.Email(Email));
        }

        if (NumeroAvs is not null)
        {
            voulus.Add(NumeroAvs);
        }

        foreach (var contact in _contacts)
        {
            voulus.Add(contact.Type == TypeContact.Email ? TermesRecherche.Email(contact.Valeur) : contact.Valeur.TrimStart('+'));
        }

        var tri = FicheTerme.TriDe(TexteRecherche);
        _termes.RemoveAll(t => !voulus.Contains(t.Terme));
        foreach (var terme in _termes.Where(t => t.Tri != tri))
        {
            terme.Trier(tri);
        }

        voulus.ExceptWith(_termes.Select(t => t.Terme));
        _termes.AddRange(voulus.Select(t => new FicheTerme(Id, t, tri)));
        FicheTerme.Chainer(_termes);
    }

    /// <summary>The identity values a merge may overwrite, as they are now.</summary>
    public IdentiteAvantFusion IdentiteFusionnable => new(Nom, Prenom, DateNaissance, NumeroAvs, Email)
    {
        AutresNoms = AutresNoms,
        Sexe = Sexe,
        EtatCivil = EtatCivil,
        Nationalite = Nationalite,
        Langue = Langue,
        PermisSejour = PermisSejour,
        CommuneResidence = CommuneResidence,
        NumeroIde = NumeroIde,
        FormeJuridique = FormeJuridique,
    };

    /// <summary>
    /// Takes the identity values the merge settled on (<paramref name="valeurs"/>: the kept fiche's, with the fields
    /// chosen from <paramref name="absorbee"/>), which becomes an archived tombstone; returns what the kept fiche
    /// received, so that the merge can be undone.
    /// </summary>
    public AjoutsFusion Absorber(Fiche absorbee, ValeursIdentite valeurs, DateTime maintenant)
    {
        AppliquerIdentite(valeurs);

        // What the absorbed fiche knew is kept: its categories and its contacts join the survivor's.
        var categories = absorbee._categories.Where(c => _categories.TrueForAll(k => k.Categorie != c.Categorie))
            .Select(c => new FicheCategorie(Id, c.Categorie)).ToList();
        _categories.AddRange(categories);
        var contacts = absorbee._contacts.Where(c => !_contacts.Exists(k => k.Type == c.Type && k.Valeur == c.Valeur))
            .DistinctBy(c => (c.Type, c.Valeur))
            .Select(c => FicheContact.Creer(c.Type, c.Valeur, c.Libelle, principal: false)).ToList();
        _contacts.AddRange(contacts);
        var adresses = ReprendreAdresses(absorbee);
        TexteRecherche = Domain.TexteRecherche.Normaliser(Nom, Prenom, Email);
        RecalculerTermes();
        absorbee.Archivee = true;
        absorbee.ArchiveeLe = maintenant;
        absorbee.ModifieeLe = maintenant;
        absorbee.FusionneeDans = Id;
        ModifieeLe = maintenant;
        return new AjoutsFusion(adresses.Select(a => a.Id).ToList(), contacts.Select(c => c.Id).ToList(), categories.Select(c => c.Categorie).ToList());
    }

    /// <summary>
    /// Undoes <see cref="Absorber"/>: the kept fiche gets back its values of the fields taken from the absorbed fiche
    /// and loses what it received; <paramref name="absorbee"/> (which kept its own data) is active again. The caller
    /// checked that neither fiche changed since the merge.
    /// </summary>
    public void Defusionner(Fiche absorbee, TraceFusion trace, DateTime maintenant)
    {
        AppliquerIdentite(trace.ChampsRepris
            .Select(nom => ChampsFusion.Trouver(nom) ?? throw new InvalidOperationException($"Champ de fusion inconnu : {nom}."))
            .Aggregate<ChampFusion, ValeursIdentite>(IdentiteFusionnable, (valeurs, champ) => champ.Reprendre(valeurs, trace.ConserveeAvant)));
        _categories.RemoveAll(c => trace.Ajouts.Categories.Contains(c.Categorie));
        _contacts.RemoveAll(c => trace.Ajouts.Contacts.Contains(c.Id));
        _adresses.RemoveAll(a => trace.Ajouts.Adresses.Contains(a.Id));
        TexteRecherche = Domain.TexteRecherche.Normaliser(Nom, Prenom, Email);
        RecalculerTermes();
        ModifieeLe = maintenant;
        absorbee.Archivee = false;
        absorbee.ArchiveeLe = null;
        absorbee.FusionneeDans = null;
        absorbee.ModifieeLe = maintenant;
    }

    /// <summary>
    /// The absorbed fiche's address history joins the survivor's without overlapping it: per type, the survivor's
    /// own addresses win; the absorbed ones fill the time before the survivor's first address of that type (cut the
    /// day before it), or all of it when the survivor has none of that type. The tombstone keeps its own copies.
    /// </summary>
    private List<Adresse> ReprendreAdresses(Fiche absorbee)
    {
        var reprises = new List<Adresse>();
        foreach (var parType in absorbee._adresses.GroupBy(a => a.Type))
        {
            var premiere = _adresses.Where(a => a.Type == parType.Key).Select(a => (DateOnly?)a.ValideDu).Min();
            var veille = premiere?.AddDays(-1);
            foreach (var adresse in parType.Where(a => premiere is null || a.ValideDu < premiere))
            {
                var fin = veille is { } v && (adresse.ValideAu is null || adresse.ValideAu > v) ? v : adresse.ValideAu;
                reprises.Add(adresse.Reprendre(fin));
            }
        }

        _adresses.AddRange(reprises);
        return reprises;
    }

    private void AppliquerIdentite(ValeursIdentite valeurs)
    {
        Nom = valeurs.Nom;
        Prenom = valeurs.Prenom;
        AutresNoms = valeurs.AutresNoms;
        DateNaissance = valeurs.DateNaissance;
        Sexe = valeurs.Sexe;
        EtatCivil = valeurs.EtatCivil;
        Nationalite = valeurs.Nationalite;
        Langue = valeurs.Langue;
        NumeroAvs = valeurs.NumeroAvs;
        PermisSejour = valeurs.PermisSejour;
        CommuneResidence = valeurs.CommuneResidence;
        NumeroIde = valeurs.NumeroIde;
        FormeJuridique = valeurs.FormeJuridique;
        Email = valeurs.Email;
    }
}
