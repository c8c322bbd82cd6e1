using System.Globalization;
using SocialErp.Modules.Statistiques.Domain.Lecture;

namespace SocialErp.Modules.Statistiques.Domain.Listes;

/// <summary>How a list column's values are typed (filters parse their values with it, Excel formats with it).</summary>
internal enum TypeColonneListe
{
    Texte,
    Entier,
    Montant,
    Nombre,
    Date,
    Mois,
    Booleen,
}

/// <summary>A column a list may show, filter, group or total on.</summary>
internal sealed record ColonneListe(string Code, string Libelle, TypeColonneListe Type, Func<LigneSource, object?> Valeur)
{
    /// <summary>The family (prefix before the dot) that tells on which entities the column exists.</summary>
    public string Famille => Code[..Code.IndexOf('.', StringComparison.Ordinal)];

    public bool EstNumerique => Type is TypeColonneListe.Entier or TypeColonneListe.Montant or TypeColonneListe.Nombre;
}

/// <summary>
/// The one list of columns the parametrisable lists know, by family (dossier., financement., ecriture., paiement.,
/// evenement., seance., personne., membre.), and which families each entity offers.
/// </summary>
internal static class CatalogueColonnes
{
    public const string Dossiers = "dossiers";
    public const string Ecritures = "ecritures";
    public const string Paiements = "paiements";
    public const string Evenements = "evenements";
    public const string Seances = "seances";
    public const string Personnes = "personnes";

    public static readonly string[] Entites = [Dossiers, Ecritures, Paiements, Evenements, Seances, Personnes];

    /// <summary>Entities whose rows belong to a dossier and may be multiplied by its UA members (person × event).</summary>
    public static readonly string[] EntitesParPersonne = [Dossiers, Evenements, Seances];

    private static readonly System.Buffers.SearchValues<char> CaracteresCode =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");

    private static readonly Dictionary<string, ColonneListe> Toutes = new ColonneListe[]
    {
        new("dossier.numero", "N° dossier", TypeColonneListe.Texte, l => l.Dossier?.Numero),
        new("dossier.nom", "Dossier", TypeColonneListe.Texte, l => l.Dossier?.Nom),
        new("dossier.prestation", "Prestation", TypeColonneListe.Texte, l => l.Dossier?.Prestation),
        new("dossier.commune", "Commune de domicile", TypeColonneListe.Entier, l => l.Dossier?.CommuneDomicile),
        new("dossier.statut", "Statut", TypeColonneListe.Texte, l => l.Dossier?.Statut),
        new("dossier.dateOuverture", "Ouverture", TypeColonneListe.Date, l => l.Dossier?.DateOuverture),
        new("dossier.moisOuverture", "Mois d'ouverture", TypeColonneListe.Mois, l => Mois(l.Dossier?.DateOuverture)),
        new("dossier.anneeOuverture", "Année d'ouverture", TypeColonneListe.Entier, l => l.Dossier?.DateOuverture.Year),
        new("dossier.dateSortie", "Sortie", TypeColonneListe.Date, l => l.Dossier?.DateSortie),
        new("dossier.moisSortie", "Mois de sortie", TypeColonneListe.Mois, l => Mois(l.Dossier?.DateSortie)),
        new("dossier.motifSortie", "Motif de sortie", TypeColonneListe.Texte, l => l.Dossier?.MotifSortie),
        new("dossier.actif", "Actif", TypeColonneListe.Booleen, l => l.Dossier is null ? null : l.Dossier.DateSortie is null),
        new("dossier.dureeMois", "Durée (mois)", TypeColonneListe.Entier, l => l.Dossier is { } d ? DureeMois(d.DateOuverture, d.DateSortie ?? l.Aujourdhui) : null),
        new("dossier.dernierPaiementOrdinaire", "Dernier paiement ordinaire", TypeColonneListe.Date, l => l.Dossier?.DernierPaiementOrdinaire),

        new("financement.convention", "Convention de financement", TypeColonneListe.Texte, l => l.Financement?.ConventionReference),
        new("financement.conventionDu", "Convention du", TypeColonneListe.Date, l => l.Financement?.ConventionDu),
        new("financement.conventionAu", "Convention au", TypeColonneListe.Date, l => l.Financement?.ConventionAu),
        new("financement.heuresFinancees", "Heures financées", TypeColonneListe.Nombre, l => l.Financement?.HeuresFinancees),
        new("financement.financeur", "Financeur principal", TypeColonneListe.Texte, l => NomFinanceur(l)),
        new("financement.typeFinanceur", "Type de financement", TypeColonneListe.Texte, l => l.Financement?.TypeFinanceur),
        new("financement.modeMontant", "Mode de montant", TypeColonneListe.Texte, l => l.Financement?.ModeMontant),
        new("financement.montantTotal", "Montant prévu", TypeColonneListe.Montant, l => l.Financement?.MontantTotal),
        new("financement.coFinance", "Cofinancé", TypeColonneListe.Booleen, l => l.Financement is { } f ? f.NombreCoFinanceurs > 0 : null),

        new("ecriture.date", "Date", TypeColonneListe.Date, l => l.Ecriture?.Date),
        new("ecriture.mois", "Mois", TypeColonneListe.Mois, l => l.Ecriture?.Periode),
        new("ecriture.annee", "Année", TypeColonneListe.Entier, l => l.Ecriture?.Date.Year),
        new("ecriture.numero", "N° écriture", TypeColonneListe.Entier, l => l.Ecriture?.Numero),
        new("ecriture.libelle", "Libellé", TypeColonneListe.Texte, l => l.Ecriture?.Libelle),
        new("ecriture.compte", "Compte", TypeColonneListe.Texte, l => l.Ecriture?.Compte),
        new("ecriture.genreCompte", "Genre de compte", TypeColonneListe.Texte, l => l.Ecriture?.GenreCompte),
        new("ecriture.typeCharge", "Type de charge", TypeColonneListe.Texte, l => l.Ecriture?.TypeCharge),
        new("ecriture.typePayeur", "Type de payeur", TypeColonneListe.Texte, l => l.Ecriture?.TypePayeur),
        new("ecriture.prestation", "Prestation", TypeColonneListe.Texte, l => l.Ecriture?.Prestation),
        new("ecriture.commune", "Commune de domicile", TypeColonneListe.Entier, l => l.Ecriture?.CommuneDomicile),
        new("ecriture.debit", "Débit", TypeColonneListe.Montant, l => l.Ecriture?.Debit),
        new("ecriture.credit", "Crédit", TypeColonneListe.Montant, l => l.Ecriture?.Credit),
        new("ecriture.solde", "Solde (débit − crédit)", TypeColonneListe.Montant, l => l.Ecriture is { } e ? e.Debit - e.Credit : null),

        new("paiement.date", "Date de paiement", TypeColonneListe.Date, l => l.Paiement?.Date),
        new("paiement.mois", "Mois", TypeColonneListe.Mois, l => Mois(l.Paiement?.Date)),
        new("paiement.montant", "Montant", TypeColonneListe.Montant, l => l.Paiement?.Montant),
        new("paiement.ordinaire", "Ordinaire", TypeColonneListe.Booleen, l => l.Paiement?.Ordinaire),
        new("paiement.libelle", "Libellé", TypeColonneListe.Texte, l => l.Paiement?.Libelle),

        new("evenement.date", "Date de l'événement", TypeColonneListe.Date, l => l.Evenement?.Date),
        new("evenement.mois", "Mois", TypeColonneListe.Mois, l => Mois(l.Evenement?.Date)),
        new("evenement.type", "Type d'événement", TypeColonneListe.Texte, l => l.Evenement?.TypeCode),
        new("evenement.libelle", "Événement", TypeColonneListe.Texte, l => l.Evenement?.TypeLibelle),
        new("evenement.motif", "Motif", TypeColonneListe.Texte, l => l.Evenement?.Motif),

        new("seance.date", "Date de la séance", TypeColonneListe.Date, l => l.JourSeance),
        new("seance.mois", "Mois", TypeColonneListe.Mois, l => Mois(l.JourSeance)),
        new("seance.heures", "Heures", TypeColonneListe.Nombre, l => l.Seance?.DureeHeures),
        new("seance.etat", "État", TypeColonneListe.Texte, l => l.Seance?.Etat),
        new("seance.presence", "Présence", TypeColonneListe.Texte, l => l.Seance?.Presence),

        new("personne.nom", "Nom", TypeColonneListe.Texte, l => l.Personne?.Nom),
        new("personne.prenom", "Prénom", TypeColonneListe.Texte, l => l.Personne?.Prenom),
        new("personne.type", "Type de fiche", TypeColonneListe.Texte, l => l.Personne?.Type),
        new("personne.dateNaissance", "Date de naissance", TypeColonneListe.Date, l => l.Personne?.DateNaissance),
        new("personne.age", "Âge", TypeColonneListe.Entier, l => l.Personne?.Age(DateReference(l))),
        new("personne.archivee", "Archivée", TypeColonneListe.Booleen, l => l.Personne?.Archivee),
        new("personne.etatCivil", "État civil", TypeColonneListe.Texte, l => l.Personne?.EtatCivil),
        new("personne.nationalite", "Nationalité", TypeColonneListe.Texte, l => l.Personne?.Nationalite),

        new("membre.role", "Rôle dans l'UA", TypeColonneListe.Texte, l => l.Membre?.Role),
        new("membre.du", "Membre depuis", TypeColonneListe.Date, l => l.Membre?.Du),
        new("membre.au", "Membre jusqu'au", TypeColonneListe.Date, l => l.Membre?.Au),
    }.ToDictionary(c => c.Code, StringComparer.Ordinal);

    public static IReadOnlyCollection<ColonneListe> Colonnes => Toutes.Values;

    /// <summary>Prefix of a dossier's custom field column: <c>dossier.champ.&lt;code&gt;</c>, its value as invariant text.</summary>
    public const string PrefixeChamp = "dossier.champ.";

    public static ColonneListe? Trouver(string? code) =>
        code is null ? null
        : Toutes.TryGetValue(code, out var colonne) ? colonne
        : EstChamp(code) ? Champ(code[PrefixeChamp.Length..])
        : null;

    /// <summary>The column of a custom field: text, since the same code may have another type in another prestation.</summary>
    public static ColonneListe Champ(string champ) =>
        new(PrefixeChamp + champ, $"Champ « {champ} »", TypeColonneListe.Texte, l => l.Champs?.GetValueOrDefault(champ));

    private static bool EstChamp(string code) =>
        code.StartsWith(PrefixeChamp, StringComparison.Ordinal)
        && code.Length > PrefixeChamp.Length
        && code.AsSpan(PrefixeChamp.Length).IndexOfAnyExcept(CaracteresCode) < 0;

    /// <summary>The column families an entity offers (with <c>personne</c> and <c>membre</c> when rows are per person).</summary>
    public static IReadOnlyList<string> Familles(string entite, bool parPersonne)
    {
        string[] propres = entite switch
        {
            Dossiers => ["dossier", "financement"],
            Ecritures => ["ecriture", "dossier", "financement", "personne"],
            Paiements => ["paiement", "dossier", "financement", "personne"],
            Evenements => ["evenement", "dossier", "financement"],
            Seances => ["seance", "dossier", "financement"],
            Personnes => ["personne"],
            _ => [],
        };
        return parPersonne && EntitesParPersonne.Contains(entite) ? [.. propres, "personne", "membre"] : propres;
    }

    /// <summary>Age is taken at the event's date for person × event rows, otherwise today.</summary>
    private static DateOnly DateReference(LigneSource l) =>
        l.Evenement?.Date ?? l.JourSeance ?? l.Paiement?.Date ?? l.Ecriture?.Date ?? l.Aujourdhui;

    /// <summary>A person's first name and name, an organisation's name; null while the funder's fiche is unknown here.</summary>
    private static string? NomFinanceur(LigneSource l) => l.Financeur is { } f
        ? string.IsNullOrWhiteSpace(f.Prenom) ? f.Nom : $"{f.Prenom} {f.Nom}"
        : null;

    private static string? Mois(DateOnly? date) => date?.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    internal static int DureeMois(DateOnly debut, DateOnly fin) =>
        fin < debut ? 0 : ((fin.Year - debut.Year) * 12) + fin.Month - debut.Month;
}
