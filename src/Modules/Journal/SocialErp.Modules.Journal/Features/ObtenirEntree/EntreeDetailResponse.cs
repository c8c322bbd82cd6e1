using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.ListerEntrees;

namespace SocialErp.Modules.Journal.Features.ObtenirEntree;

/// <summary>An entry with the contents it had before each correction (oldest first).</summary>
internal sealed record EntreeDetailResponse(EntreeJournalResponse Entree, IReadOnlyList<EntreeVersionResponse> VersionsPrecedentes);

/// <summary>The content an entry had before correction <c>numero</c>, who replaced it, when and why.</summary>
internal sealed record EntreeVersionResponse(
    int Numero,
    string Type,
    DateTime Date,
    string Texte,
    IReadOnlyList<Guid> Participants,
    IReadOnlyList<Guid> Documents,
    string Confidentialite,
    bool Urgente,
    DateTime RemplaceeLe,
    Guid? RemplaceePar,
    string? Motif)
{
    public static EntreeVersionResponse From(EntreeVersion v) => new(
        v.Numero, v.Type, v.Date, v.Texte, ListeIds.Lire(v.Participants), ListeIds.Lire(v.Documents), Confidentialites.Code(v.Confidentialite),
        v.Urgente, v.RemplaceeLe, v.RemplaceePar, v.Motif);
}
