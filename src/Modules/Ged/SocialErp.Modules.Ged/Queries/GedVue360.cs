using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Ged.Contracts;
using SocialErp.Modules.Ged.Contracts.Cibles;
using SocialErp.Modules.Ged.Features.RechercherDocuments;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Ged.Queries;

/// <summary>
/// The "documents" section of a person's 360° view: how many documents the fiche has and the latest ones, as
/// <c>GET /api/documents?cibleType=fiche&amp;cibleId=</c> lists them for the user (confidential ones only with
/// <c>ged.lire-confidentiel</c>).
/// </summary>
internal sealed class GedVue360(RechercherDocumentsHandler recherche, ICurrentUser user) : IContributeurVue360
{
    private const int Derniers = 5;

    public string Section => "documents";

    public async Task<object?> ContribuerAsync(Guid ficheId, CancellationToken cancellationToken)
    {
        if (!user.HasPermission(GedPermissions.Lire))
        {
            return null;
        }

        var page = await recherche.HandleAsync(
            new RechercherDocumentsQuery(TypesCible.Fiche, ficheId, Type: null, Direction: null, Du: null, Au: null, Q: null, Page: 1, PageSize: Derniers, Sort: null),
            cancellationToken);
        return page.IsSuccess && page.Value.Total > 0 ? new { total = page.Value.Total, derniers = page.Value.Items } : null;
    }
}
