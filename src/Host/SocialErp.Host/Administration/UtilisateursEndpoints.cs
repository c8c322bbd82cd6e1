using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Host.Identite;
using SocialErp.Host.Platform;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Host.Administration;

/// <summary>Administration of users: trade, service and manager.</summary>
internal static class UtilisateursEndpoints
{
    private static readonly Error Introuvable = Error.NotFound("admin.utilisateur-introuvable", "Cet utilisateur n'existe pas.");
    private static readonly Error EmailPris = Error.Conflict("admin.email-deja-utilise", "Un utilisateur porte déjà cet e-mail.");

    public static void MapUtilisateursEndpoints(this RouteGroupBuilder admin)
    {
        admin.MapGet("/utilisateurs", ListerAsync)
            .WithName("ListerUtilisateurs").WithSummary("Lister les utilisateurs")
            .RequirePermission(PlatformPermissions.GererUtilisateurs)
            .ProducesValidationProblem();
        admin.MapPost("/utilisateurs", CreerAsync)
            .WithName("CreerUtilisateur").WithSummary("Créer un utilisateur avec son métier, son service et son supérieur")
            .RequirePermission(PlatformPermissions.GererUtilisateurs)
            .WithValidation<CreerUtilisateurRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPut("/utilisateurs/{id:guid}", ModifierAsync)
            .WithName("ModifierUtilisateur").WithSummary("Changer le métier, le service, le supérieur ou l'état d'un utilisateur")
            .RequirePermission(PlatformPermissions.GererUtilisateurs)
            .WithValidation<ModifierUtilisateurRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<PagedList<UtilisateurResponse>>, ProblemHttpResult>> ListerAsync(
        int? page, int? pageSize, IdentiteDbContext db, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize, null).ToPageRequest();
        if (!paging.IsSuccess)
        {
            return ErrorResults.Problem(paging.Error!);
        }

        var query = db.Users.AsNoTracking().OrderBy(u => u.Nom).ThenBy(u => u.Prenom).ThenBy(u => u.Id);
        var items = await query.Skip(paging.Value.Skip).Take(paging.Value.PageSize).ToListAsync(cancellationToken);
        var total = await query.CountAsync(cancellationToken);
        return TypedResults.Ok(new PagedList<UtilisateurResponse>(
            items.Select(UtilisateurResponse.From).ToList(), paging.Value.Page, paging.Value.PageSize, total));
    }

    private static async Task<Results<Created<UtilisateurResponse>, ProblemHttpResult>> CreerAsync(
        CreerUtilisateurRequest request, UserManager<Utilisateur> users, IdentiteDbContext db, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(request.Email!) is not null)
        {
            return ErrorResults.Problem(EmailPris);
        }

        var rattachement = await VerifierRattachementAsync(db, null, null, request.ServiceId, request.ManagerId, cancellationToken);
        if (!rattachement.IsSuccess)
        {
            return ErrorResults.Problem(rattachement.Error!);
        }

        var user = new Utilisateur
        {
            Id = Guid.CreateVersion7(),
            UserName = request.Email,
            Email = request.Email,
            EmailConfirmed = true,
            Nom = request.Nom!,
            Prenom = request.Prenom!,
            Metier = request.Metier!,
            ServiceId = request.ServiceId,
            ManagerId = request.ManagerId,
        };
        var result = await users.CreateAsync(user, request.Password!);
        if (!result.Succeeded)
        {
            return ErrorResults.Problem(Error.Validation(
                "validation",
                "Le mot de passe ne respecte pas la politique.",
                new Dictionary<string, string[]> { ["password"] = result.Errors.Select(e => e.Description).ToArray() }));
        }

        return TypedResults.Created($"/api/admin/utilisateurs/{user.Id}", UtilisateurResponse.From(user));
    }

    private static async Task<Results<Ok<UtilisateurResponse>, ProblemHttpResult>> ModifierAsync(
        Guid id,
        ModifierUtilisateurRequest request,
        UserManager<Utilisateur> users,
        IdentiteDbContext db,
        IHierarchieUtilisateurs hierarchie,
        CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return ErrorResults.Problem(Introuvable);
        }

        var rattachement = await VerifierRattachementAsync(db, hierarchie, id, request.ServiceId, request.ManagerId, cancellationToken);
        if (!rattachement.IsSuccess)
        {
            return ErrorResults.Problem(rattachement.Error!);
        }

        user.Nom = request.Nom!;
        user.Prenom = request.Prenom!;
        user.Metier = request.Metier!;
        user.ServiceId = request.ServiceId;
        user.ManagerId = request.ManagerId;
        user.Actif = request.Actif!.Value;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            return ErrorResults.Problem(Error.Conflict("admin.utilisateur-conflit", string.Join(" ", result.Errors.Select(e => e.Description))));
        }

        // A new stamp ends the user's current tokens' refresh, so the new trade applies at once on refresh.
        await users.UpdateSecurityStampAsync(user);
        return TypedResults.Ok(UtilisateurResponse.From(user));
    }

    private static async Task<Result> VerifierRattachementAsync(
        IdentiteDbContext db, IHierarchieUtilisateurs? hierarchie, Guid? userId, Guid? serviceId, Guid? managerId, CancellationToken cancellationToken)
    {
        if (serviceId is { } service && !await db.Services.AnyAsync(s => s.Id == service, cancellationToken))
        {
            return Error.Validation("serviceId", "Ce service n'existe pas.");
        }

        if (managerId is not { } manager)
        {
            return Result.Success();
        }

        if (!await db.Users.AnyAsync(u => u.Id == manager, cancellationToken))
        {
            return Error.Validation("managerId", "Ce supérieur n'existe pas.");
        }

        if (userId is { } self && (manager == self || (await hierarchie!.SubordonnesAsync(self, cancellationToken)).Contains(manager)))
        {
            return Error.Validation("managerId", "Un utilisateur ne peut pas être son propre supérieur, même indirectement.");
        }

        return Result.Success();
    }
}
