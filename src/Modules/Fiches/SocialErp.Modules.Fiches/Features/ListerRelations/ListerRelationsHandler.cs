using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Relations;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Fiches.Features.ListerRelations;

/// <summary>A fiche's relations in both directions, each typed as seen from it, omitting invisible fiches.</summary>
internal sealed class ListerRelationsHandler(
    IReadRepositoryBase<Fiche> fiches, IReadRepositoryBase<RelationFiche> relations, LecteurFiches user, TimeProvider timeProvider)
{
    public async Task<Result<List<RelationResponse>>> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await fiches.AnyAsync(new FicheParIdSpecification(id, user), cancellationToken))
        {
            return FicheErrors.Introuvable;
        }

        return await ListerAsync(id, cancellationToken);
    }

    /// <summary>The relations of a fiche the caller has already found visible.</summary>
    public async Task<List<RelationResponse>> ListerAsync(Guid id, CancellationToken cancellationToken)
    {
        var liste = await relations.ListAsync(new RelationsDeFicheSpecification(id), cancellationToken);
        var autres = liste.Select(r => r.AutreFiche(id)).Distinct().ToList();
        var liees = (await fiches.ListAsync(new FichesParIdsRelationSpecification(autres, user), cancellationToken)).ToDictionary(f => f.Id);
        var aujourdhui = timeProvider.Aujourdhui();
        return liste
            .Where(r => liees.ContainsKey(r.AutreFiche(id)))
            .Select(r => RelationResponse.From(r, id, liees[r.AutreFiche(id)], aujourdhui))
            .OrderByDescending(r => r.Active)
            .ThenBy(r => r.Type)
            .ThenBy(r => r.Nom, StringComparer.Ordinal)
            .ToList();
    }
}
