using SocialErp.BuildingBlocks.Http;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>The start of every write to a fiche: it must be visible (else 404) and at the version the client read (else 412).</summary>
internal static class FicheAModifier
{
    public static async Task<Result<Fiche>> ChargerAsync(
        this IReadRepositoryBase<Fiche> fiches, Guid id, long? versionAttendue, LecteurFiches user, CancellationToken cancellationToken)
    {
        var fiche = await fiches.FirstOrDefaultAsync(new FicheParIdSpecification(id, user), cancellationToken);
        if (fiche is null)
        {
            return FicheErrors.Introuvable;
        }

        var version = ETags.Check(versionAttendue, fiche.Version);
        return version.IsSuccess ? fiche : version.Error!;
    }
}
