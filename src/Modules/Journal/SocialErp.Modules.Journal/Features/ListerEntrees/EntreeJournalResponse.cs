using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.Shared;

namespace SocialErp.Modules.Journal.Features.ListerEntrees;

/// <summary>
/// A journal entry; <c>confidentialite</c> = dossier | metier | utilisateurs, <c>participants</c> are fiche ids,
/// <c>documents</c> GED document ids, <c>echeances</c> the due dates it carries.
/// </summary>
internal sealed record EntreeJournalResponse(
    Guid Id,
    string CibleType,
    Guid CibleId,
    string Type,
    DateTime Date,
    string Texte,
    Guid? AuteurId,
    string? AuteurMetier,
    bool Automatique,
    IReadOnlyList<Guid> Participants,
    IReadOnlyList<Guid> Documents,
    string Confidentialite,
    IReadOnlyList<Guid> Destinataires,
    bool Urgente,
    int NombreCorrections,
    DateTime? CorrigeeLe,
    IReadOnlyList<EcheanceResponse> Echeances,
    long Version)
{
    public static EntreeJournalResponse From(EntreeJournal entree) => From(entree, []);

    public static EntreeJournalResponse From(EntreeJournal entree, IReadOnlyList<EcheanceResponse> echeances) => new(
        entree.Id,
        entree.CibleType,
        entree.CibleId,
        entree.Type,
        entree.Date,
        entree.Texte,
        entree.AuteurId,
        entree.AuteurMetier,
        entree.Automatique,
        ListeIds.Lire(entree.Participants),
        ListeIds.Lire(entree.Documents),
        Confidentialites.Code(entree.Confidentialite),
        ListeIds.Lire(entree.Destinataires),
        entree.Urgente,
        entree.NombreCorrections,
        entree.CorrigeeLe,
        echeances,
        entree.Version);
}
