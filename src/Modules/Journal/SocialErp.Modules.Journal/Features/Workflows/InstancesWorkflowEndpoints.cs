using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Journal.Contracts;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.Shared;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Journal.Features.Workflows;

/// <summary>Workflows running on dossiers: list a dossier's, start one by hand.</summary>
internal static class InstancesWorkflowEndpoints
{
    public static void MapInstancesWorkflow(this IEndpointRouteBuilder group)
    {
        group.MapGet("/workflows/instances", ListerAsync)
            .WithName("ListerInstancesWorkflow")
            .WithSummary("Workflows d'un dossier")
            .WithDescription("Instances du dossier (dossierId obligatoire) : version de la définition, étape courante, historique. Dossier invisible : 404.")
            .RequirePermission(JournalPermissions.Lire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/workflows/instances", DemarrerAsync)
            .WithName("DemarrerWorkflow")
            .WithSummary("Démarrer un workflow sur un dossier")
            .WithDescription("Démarre la version courante du workflow : la première étape devient une échéance de son responsable. "
                + "Workflow inconnu ou dossier invisible : 404 ; dossier clos ou archivé : 409 journal.dossier-ferme.")
            .RequirePermission(JournalPermissions.Ecrire)
            .WithValidation<DemarrerWorkflowRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<List<WorkflowInstanceResponse>>, ProblemHttpResult>> ListerAsync(
        Guid? dossierId, JournalDbContext db, CiblesVisibles cibles, CancellationToken cancellationToken)
    {
        if (dossierId is not { } id)
        {
            return ErrorResults.Problem(Error.Validation("dossierId", "Indiquez le dossier."));
        }

        if (!await cibles.DossierVisibleAsync(id, cancellationToken))
        {
            return ErrorResults.Problem(JournalErrors.DossierIntrouvable);
        }

        var instances = await db.WorkflowInstances.AsNoTracking()
            .Where(i => i.DossierId == id)
            .OrderBy(i => i.DemarreeLe)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(instances.Select(WorkflowInstanceResponse.From).ToList());
    }

    private static async Task<Results<Created<WorkflowInstanceResponse>, ProblemHttpResult>> DemarrerAsync(
        DemarrerWorkflowRequest request,
        JournalDbContext db,
        CiblesVisibles cibles,
        DossiersFermes fermes,
        MoteurWorkflows moteur,
        ICurrentUser user,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var dossierId = request.DossierId!.Value;
        if (!await cibles.DossierVisibleAsync(dossierId, cancellationToken))
        {
            return ErrorResults.Problem(JournalErrors.DossierIntrouvable);
        }

        if (await fermes.EstFermeAsync(dossierId, cancellationToken))
        {
            return ErrorResults.Problem(JournalErrors.DossierFerme);
        }

        var definition = await db.WorkflowDefinitions.AsNoTracking().FirstOrDefaultAsync(d => d.Code == request.Code && d.Active, cancellationToken);
        if (definition is null)
        {
            return ErrorResults.Problem(WorkflowErrors.DefinitionIntrouvable);
        }

        var debut = request.DateDebut ?? timeProvider.Aujourdhui();
        var instance = await moteur.DemarrerAsync(definition, dossierId, debut, user.Id, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/workflows/instances?dossierId={dossierId}", WorkflowInstanceResponse.From(instance));
    }
}
