namespace SocialErp.Modules.Journal.Domain;

/// <summary>What an author writes in an entry (and may correct later).</summary>
internal sealed record ContenuEntree(
    string Type,
    DateTime Date,
    string Texte,
    IReadOnlyList<Guid> Participants,
    IReadOnlyList<Guid> Documents,
    Confidentialite Confidentialite,
    IReadOnlyList<Guid> Destinataires,
    bool Urgente);
