using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Ged.Cibles;
using SocialErp.Modules.Ged.Domain;
using SocialErp.Modules.Ged.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Ged.Features.Shared;

/// <summary>Loads a document with its targets and versions, if the current user may read it (404 otherwise).</summary>
internal sealed class DocumentsCharges(GedDbContext db, AccesDocuments acces)
{
    public async Task<Result<Document>> ChargerAsync(Guid id, long? versionAttendue, CancellationToken cancellationToken)
    {
        var document = await db.Documents
            .Include(d => d.Cibles)
            .Include(d => d.Versions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null || !await acces.PeutLireAsync(document, cancellationToken))
        {
            return DocumentErrors.Introuvable;
        }

        if (versionAttendue is not null && versionAttendue != document.Version)
        {
            return Error.VersionObsolete;
        }

        return document;
    }
}
