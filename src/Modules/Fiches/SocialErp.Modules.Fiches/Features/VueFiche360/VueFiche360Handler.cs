using SocialErp.SharedKernel.Time;
using Microsoft.Extensions.Logging;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.ListerRelations;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Audit;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.VueFiche360;

/// <summary>Composes the 360° view from the fiche, its relations and every module's contribution.</summary>
internal sealed class VueFiche360Handler(
    IReadRepositoryBase<Fiche> fiches,
    FichesDbContext db,
    ListerRelationsHandler relations,
    IEnumerable<IContributeurVue360> contributeurs,
    LecteurFiches user,
    TimeProvider timeProvider,
    ILogger<VueFiche360Handler> logger)
{
    public async Task<Result<Vue360Response>> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var fiche = await fiches.FirstOrDefaultAsync(new FicheParIdSpecification(id, user), cancellationToken);
        if (fiche is null)
        {
            return FicheErrors.Introuvable;
        }

        await FicheDetails.ChargerAsync(db, fiche, cancellationToken);
        var liens = await relations.ListerAsync(id, cancellationToken);
        var sections = new SortedDictionary<string, object>(StringComparer.Ordinal);
        var indisponibles = new List<string>();
        foreach (var contributeur in contributeurs)
        {
            try
            {
                if (await contributeur.ContribuerAsync(id, cancellationToken) is { } contenu)
                {
                    sections[contributeur.Section] = contenu;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One module down must not hide what the others know about the person.
                logger.LogWarning(exception, "Section {Section} of the 360° view of fiche {FicheId} failed", contributeur.Section, id);
                indisponibles.Add(contributeur.Section);
            }
        }

        // A 360° view gathers everything about a person: the read itself is traced (journal des mutations).
        db.Publish(new ConsultationEnregistreeIntegrationEvent(
            db.ModuleName, nameof(Fiche), id.ToString(), "vue-360", user.Id, user.Email, timeProvider.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return new Vue360Response(FicheResponse.From(fiche, timeProvider.Aujourdhui()), liens, sections, indisponibles);
    }
}
