namespace SocialErp.Modules.Journal.Domain;

/// <summary>
/// The content an entry had before correction <see cref="Numero"/>: who corrected it, when and why. Readers who
/// see the entry see its previous versions too.
/// </summary>
internal sealed class EntreeVersion
{
    private EntreeVersion()
    {
    }

    public Guid Id { get; private set; }

    public Guid EntreeId { get; private set; }

    /// <summary>1 for the content before the first correction, 2 before the second…</summary>
    public int Numero { get; private set; }

    public string Type { get; private set; } = "";

    public DateTime Date { get; private set; }

    public string Texte { get; private set; } = "";

    public string Participants { get; private set; } = "";

    public string Documents { get; private set; } = "";

    public Confidentialite Confidentialite { get; private set; }

    public string Destinataires { get; private set; } = "";

    public bool Urgente { get; private set; }

    public DateTime RemplaceeLe { get; private set; }

    public Guid? RemplaceePar { get; private set; }

    public string? Motif { get; private set; }

    public static EntreeVersion De(EntreeJournal entree, int numero, string? motif, Guid? parId, DateTime maintenant) => new()
    {
        Id = Guid.CreateVersion7(),
        EntreeId = entree.Id,
        Numero = numero,
        Type = entree.Type,
        Date = entree.Date,
        Texte = entree.Texte,
        Participants = entree.Participants,
        Documents = entree.Documents,
        Confidentialite = entree.Confidentialite,
        Destinataires = entree.Destinataires,
        Urgente = entree.Urgente,
        RemplaceeLe = maintenant,
        RemplaceePar = parId,
        Motif = motif,
    };
}
