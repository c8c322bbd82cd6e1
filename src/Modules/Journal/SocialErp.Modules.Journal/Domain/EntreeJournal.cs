using SocialErp.SharedKernel.Audit;
using SocialErp.SharedKernel.Domain;

namespace SocialErp.Modules.Journal.Domain;

/// <summary>
/// An entry of the journal de bord of a target (a dossier, or a fiche for the person's own journal). Written by a
/// user or automatically from another module's event (then it keeps the event id, so a redelivery adds nothing).
/// A correction never rewrites silently: the previous content is kept as an <see cref="EntreeVersion"/>.
/// </summary>
internal sealed class EntreeJournal : AggregateRoot, ICreeeParEvenement
{
    private EntreeJournal(Guid id)
        : base(id)
    {
    }

    public string CibleType { get; private set; } = "";

    public Guid CibleId { get; private set; }

    public string Type { get; private set; } = "";

    public DateTime Date { get; private set; }

    public string Texte { get; private set; } = "";

    public Guid? AuteurId { get; private set; }

    /// <summary>The author's trade when writing: what <see cref="Confidentialite.Metier"/> compares with.</summary>
    public string? AuteurMetier { get; private set; }

    public bool Automatique { get; private set; }

    public Guid? SourceMessageId { get; private set; }

    bool ICreeeParEvenement.CreeeParEvenement => SourceMessageId is not null;

    /// <summary>Fiches taking part (<see cref="ListeIds"/>).</summary>
    public string Participants { get; private set; } = "";

    /// <summary>Linked GED documents (<see cref="ListeIds"/>).</summary>
    public string Documents { get; private set; } = "";

    public Confidentialite Confidentialite { get; private set; }

    /// <summary>The users named by <see cref="Confidentialite.Utilisateurs"/> (<see cref="ListeIds"/>).</summary>
    public string Destinataires { get; private set; } = "";

    /// <summary>An urgent alert: its due dates come first in their responsibles' échéancier.</summary>
    public bool Urgente { get; private set; }

    /// <summary>How many times the entry was corrected (its previous contents are kept).</summary>
    public int NombreCorrections { get; private set; }

    public DateTime? CorrigeeLe { get; private set; }

    public static EntreeJournal Automatiquement(string cibleType, Guid cibleId, string type, DateTime date, string texte, Guid sourceMessageId) =>
        new(Guid.CreateVersion7())
        {
            CibleType = cibleType,
            CibleId = cibleId,
            Type = type,
            Date = date,
            Texte = texte,
            Automatique = true,
            SourceMessageId = sourceMessageId,
        };

    /// <summary>Fiches and documents an automatic entry is about.</summary>
    public void Lier(IReadOnlyList<Guid> participants, IReadOnlyList<Guid> documents)
    {
        Participants = ListeIds.Formater(participants);
        Documents = ListeIds.Formater(documents);
    }

    public static EntreeJournal Ecrire(string cibleType, Guid cibleId, ContenuEntree contenu, Guid? auteurId, string? auteurMetier)
    {
        var entree = new EntreeJournal(Guid.CreateVersion7())
        {
            CibleType = cibleType,
            CibleId = cibleId,
            AuteurId = auteurId,
            AuteurMetier = auteurMetier,
        };
        entree.Appliquer(contenu);
        return entree;
    }

    public ContenuEntree Contenu => new(
        Type, Date, Texte, ListeIds.Lire(Participants), ListeIds.Lire(Documents), Confidentialite, ListeIds.Lire(Destinataires), Urgente);

    /// <summary>Replaces the content and returns the previous one as a version to keep.</summary>
    public EntreeVersion Corriger(ContenuEntree contenu, string? motif, Guid? parId, DateTime maintenant)
    {
        NombreCorrections++;
        var precedente = EntreeVersion.De(this, NombreCorrections, motif, parId, maintenant);
        Appliquer(contenu);
        CorrigeeLe = maintenant;
        return precedente;
    }

    private void Appliquer(ContenuEntree contenu)
    {
        Type = contenu.Type;
        Date = contenu.Date;
        Texte = contenu.Texte;
        Participants = ListeIds.Formater(contenu.Participants);
        Documents = ListeIds.Formater(contenu.Documents);
        Confidentialite = contenu.Confidentialite;
        Destinataires = contenu.Confidentialite == Confidentialite.Utilisateurs ? ListeIds.Formater(contenu.Destinataires) : "";
        Urgente = contenu.Urgente;
    }
}
