using Microsoft.Extensions.Options;

namespace SocialErp.Modules.Dossiers.Features.Shared;

/// <summary>
/// Whether the members of a service see its dossiers without being referents: the configured policy
/// (<see cref="DossiersOptions.PolitiqueService"/>) unless the service is listed as restricted.
/// </summary>
internal sealed class VisibiliteParService(IOptions<DossiersOptions> options)
{
    public bool ServiceVoit(Guid? serviceId) =>
        serviceId is { } service
        && options.Value.PolitiqueService == PolitiqueService.Service
        && !options.Value.ServicesRestreints.Contains(service);
}
