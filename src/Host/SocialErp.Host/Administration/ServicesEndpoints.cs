using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Host.Identite;
using SocialErp.Host.Platform;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Host.Administration;

/// <summary>The organisation's services and sectors, to which users and data belong.</summary>
internal static class ServicesEndpoints
{
    public static void MapServicesEndpoints(this RouteGroupBuilder admin)
    {
        admin.MapGet("/services", ListerAsync)
            .WithName("ListerServices").WithSummary("Lister les services")
            .RequireAuthorization()
            .WithMetadata(new AuthenticatedOnlyMetadata());
        admin.MapPost("/services", CreerAsync)
            .WithName("CreerService").WithSummary("Créer un service")
            .RequirePermission(PlatformPermissions.GererUtilisateurs)
            .WithValidation<ServiceRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<List<ServiceResponse>>> ListerAsync(IdentiteDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Services.AsNoTracking().OrderBy(s => s.Code)
            .Select(s => new ServiceResponse(s.Id, s.Code, s.Nom)).ToListAsync(cancellationToken));

    private static async Task<Results<Created<ServiceResponse>, ProblemHttpResult>> CreerAsync(
        ServiceRequest request, IdentiteDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Services.AnyAsync(s => s.Code == request.Code, cancellationToken))
        {
            return ErrorResults.Problem(Error.Conflict("admin.service-existe", "Un service porte déjà ce code."));
        }

        var service = new Service { Id = Guid.CreateVersion7(), Code = request.Code!, Nom = request.Nom! };
        db.Services.Add(service);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/admin/services/{service.Id}", new ServiceResponse(service.Id, service.Code, service.Nom));
    }
}
