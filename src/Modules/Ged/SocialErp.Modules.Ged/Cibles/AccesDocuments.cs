using SocialErp.Modules.Ged.Contracts;
using SocialErp.Modules.Ged.Domain;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Ged.Cibles;

/// <summary>
/// Who may read a document: a deleted one, nobody through the API; a confidential one, only trades holding
/// <c>ged.lire-confidentiel</c>; an inbox one (no target yet), the writers of the depositor's service (all services for
/// administration and direction); any other, whoever may see one of its targets.
/// </summary>
internal sealed class AccesDocuments(ControleCibles cibles, ICurrentUser user)
{
    public bool VoitConfidentiels => user.HasPermission(GedPermissions.LireConfidentiel);

    public async Task<bool> PeutLireAsync(Document document, CancellationToken cancellationToken)
    {
        if (document.EstSupprime || (document.Confidentialite == Confidentialite.Confidentielle && !VoitConfidentiels))
        {
            return false;
        }

        return document.EstAClasser
            ? VoitBoiteDeReception(document.ServiceId)
            : await cibles.UneEstVisibleAsync(document.Cibles, cancellationToken);
    }

    public bool VoitBoiteDeReception(Guid? serviceId) =>
        user.HasPermission(GedPermissions.Ecrire) && (user.VoitTousLesServices || (serviceId is not null && serviceId == user.ServiceId));
}
