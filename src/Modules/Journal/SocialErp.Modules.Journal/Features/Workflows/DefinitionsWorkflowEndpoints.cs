using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Journal.Contracts;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Journal.Features.Workflows;

/// <summary>Workflow definitions: list, create, edit (a new version each time).</summary>
internal static class DefinitionsWorkflowEndpoints
{
    public static void MapDefinitionsWorkflow(this IEndpointRouteBuilder group)
    {
        group.MapGet("/workflows", ListerAsync)
            .WithName("ListerWorkflows")
            .WithSummary("Définitions de workflows")
            .WithDescription("La version courante de chaque workflow ; avec historique=true, toutes les versions (les instances gardent la leur).")
            .RequirePermission(JournalPermissions.Lire);
        group.MapPost("/workflows", CreerAsync)
            .WithName("CreerWorkflow")
            .WithSummary("Créer un workflow")
            .WithDescription(
                "Étapes (action, responsable, délai en jours depuis le démarrage) exécutées dans l'ordre de la liste, ou selon « suivante ». "
                + "Sans étape, avec un cycle, une étape suivante inconnue ou une étape jamais atteinte : 400. Code déjà utilisé : 409.")
            .RequirePermission(JournalPermissions.GererWorkflows)
            .WithValidation<WorkflowDefinitionRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/workflows/{code}", ModifierAsync)
            .WithName("ModifierWorkflow")
            .WithSummary("Modifier un workflow (nouvelle version)")
            .WithDescription("Crée la version suivante du workflow ; les instances en cours continuent sur la version avec laquelle elles ont démarré. "
                + "Le code du corps, s'il est donné, doit être celui de l'URL.")
            .RequirePermission(JournalPermissions.GererWorkflows)
            .WithValidation<WorkflowDefinitionRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<List<WorkflowDefinitionResponse>>> ListerAsync(bool? historique, JournalDbContext db, CancellationToken cancellationToken)
    {
        var definitions = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => historique == true || d.Active)
            .OrderBy(d => d.Code).ThenBy(d => d.NumeroVersion)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(definitions.Select(WorkflowDefinitionResponse.From).ToList());
    }

    private static async Task<Results<Created<WorkflowDefinitionResponse>, ProblemHttpResult>> CreerAsync(
        WorkflowDefinitionRequest request, JournalDbContext db, ICurrentUser user, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var etapes = request.EtapesOrdonnees();
        if (!etapes.IsSuccess)
        {
            return ErrorResults.Problem(etapes.Error!);
        }

        if (await db.WorkflowDefinitions.AnyAsync(d => d.Code == request.Code, cancellationToken))
        {
            return ErrorResults.Problem(WorkflowErrors.CodeDejaUtilise);
        }

        var definition = WorkflowDefinition.Creer(
            request.Code!, request.Nom!.Trim(), CodesWorkflow.Declencheur(request.Declencheur)!.Value, request.TypeEvenement, etapes.Value,
            user.Id, timeProvider.GetUtcNow().UtcDateTime);
        db.WorkflowDefinitions.Add(definition);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/workflows/{definition.Code}", WorkflowDefinitionResponse.From(definition));
    }

    private static async Task<Results<Ok<WorkflowDefinitionResponse>, ProblemHttpResult>> ModifierAsync(
        string code, WorkflowDefinitionRequest request, JournalDbContext db, ICurrentUser user, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (request.Code != code)
        {
            return ErrorResults.Problem(Error.Validation("code", "Le code d'un workflow ne change pas : c'est celui de l'URL."));
        }

        var etapes = request.EtapesOrdonnees();
        if (!etapes.IsSuccess)
        {
            return ErrorResults.Problem(etapes.Error!);
        }

        var courante = await db.WorkflowDefinitions.FirstOrDefaultAsync(d => d.Code == code && d.Active, cancellationToken);
        if (courante is null)
        {
            return ErrorResults.Problem(WorkflowErrors.DefinitionIntrouvable);
        }

        var suivante = courante.NouvelleVersion(
            request.Nom!.Trim(), CodesWorkflow.Declencheur(request.Declencheur)!.Value, request.TypeEvenement, etapes.Value,
            user.Id, timeProvider.GetUtcNow().UtcDateTime);
        db.WorkflowDefinitions.Add(suivante);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(WorkflowDefinitionResponse.From(suivante));
    }
}
