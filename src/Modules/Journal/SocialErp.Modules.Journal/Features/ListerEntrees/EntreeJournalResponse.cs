using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Features.ListerEntrees;

internal sealed record EntreeJournalResponse(
    Guid Id,
    string CibleType,
    Guid CibleId,
    string Type,
    DateTime Date,
    string Texte,
    Guid? AuteurId,
    bool Automatique,
    long Version)
{
    public static EntreeJournalResponse From(EntreeJournal entree) => new(
        entree.Id, entree.CibleType, entree.CibleId, entree.Type, entree.Date, entree.Texte, entree.AuteurId, entree.Automatique, entree.Version);
}
