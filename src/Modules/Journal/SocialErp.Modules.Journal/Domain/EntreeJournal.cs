using SocialErp.SharedKernel.Domain;

namespace SocialErp.Modules.Journal.Domain;

/// <summary>
/// An entry of the journal de bord of a target (a fiche now; dossiers with their module). Entries written
/// from other modules' events keep the event id, so a redelivery adds nothing.
/// </summary>
internal sealed class EntreeJournal : AggregateRoot
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

    public bool Automatique { get; private set; }

    public Guid? SourceMessageId { get; private set; }

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
}
