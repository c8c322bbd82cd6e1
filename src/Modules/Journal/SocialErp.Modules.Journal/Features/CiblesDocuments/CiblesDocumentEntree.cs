using SocialErp.Modules.Ged.Contracts.Cibles;
using SocialErp.Modules.Journal.Contracts;
using SocialErp.Modules.Journal.Features.ObtenirEntree;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Journal.Features.CiblesDocuments;

/// <summary>
/// Journal entries as GED targets (the letter a phone call led to, the certificate an interview was about): visible to
/// whoever may read the entry itself (<c>GET /journal/{id}</c>: its dossier or fiche visible, its confidentiality
/// satisfied).
/// </summary>
internal sealed class CiblesDocumentEntree(LectureEntree lecture, ICurrentUser user) : IVisibiliteCibles
{
    public IReadOnlyCollection<string> TypesCible { get; } = [Ged.Contracts.Cibles.TypesCible.EntreeJournal];

    public async Task<bool> EstVisibleAsync(string cibleType, Guid cibleId, CancellationToken cancellationToken) =>
        user.HasPermission(JournalPermissions.Lire) && (await lecture.ChargerAsync(cibleId, cancellationToken)).IsSuccess;
}
