using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Features.ChampsPersonnalises;

/// <summary>Administrators define the extra fields of each prestation's dossiers.</summary>
internal static class ChampsPersonnalisesParametresEndpoints
{
    private static readonly Error Existant = Error.Conflict("dossiers.champ-existant", "Cette prestation a déjà un champ de ce code.");

    private static readonly Error Introuvable = Error.NotFound("dossiers.champ-introuvable", "Ce champ personnalisé n'existe pas.");

    public static void MapChampsPersonnalisesParametres(this IEndpointRouteBuilder parametres)
    {
        parametres.MapGet("/champs-personnalises", async (string? prestation, DossiersDbContext db, CancellationToken ct) =>
                TypedResults.Ok<IReadOnlyList<ChampPersonnaliseResponse>>((await db.ChampsPersonnalises.AsNoTracking()
                    .Where(c => prestation == null || c.Prestation == prestation)
                    .OrderBy(c => c.Prestation).ThenBy(c => c.Code).ToListAsync(ct)).Select(Reponse).ToList()))
            .WithName("ListerChampsPersonnalises")
            .WithSummary("Lister les champs personnalisés")
            .WithDescription("Les champs supplémentaires des dossiers, par prestation (filtre ?prestation=).")
            .RequirePermission(DossiersPermissions.Lire);

        parametres.MapPost("/champs-personnalises", async Task<Results<Created<ChampPersonnaliseResponse>, ProblemHttpResult>> (
                ChampPersonnaliseRequest request, DossiersDbContext db, TimeProvider timeProvider, CancellationToken ct) =>
            {
                if (!await db.Prestations.AnyAsync(p => p.Code == request.Prestation, ct))
                {
                    return ErrorResults.Problem(DossierErrors.PrestationInconnue(request.Prestation!));
                }

                if (await db.ChampsPersonnalises.AnyAsync(c => c.Prestation == request.Prestation && c.Code == request.Code, ct))
                {
                    return ErrorResults.Problem(Existant);
                }

                var champ = new ChampPersonnalise(
                    Guid.CreateVersion7(timeProvider.GetUtcNow()), request.Prestation!, request.Code!, request.Libelle!, request.Type!,
                    request.Obligatoire, Options(request));
                db.ChampsPersonnalises.Add(champ);
                await db.SaveChangesAsync(ct);
                return TypedResults.Created($"/api/parametres/champs-personnalises/{champ.Id}", Reponse(champ));
            })
            .WithName("CreerChampPersonnalise")
            .WithSummary("Créer un champ personnalisé")
            .WithDescription("Un champ (type, libellé, obligatoire) pour les dossiers d'une prestation. Prestation inconnue : 400 ; code déjà pris : 409.")
            .RequirePermission(DossiersPermissions.Parametrer)
            .WithValidation<ChampPersonnaliseRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);

        parametres.MapPut("/champs-personnalises/{champId:guid}", async Task<Results<Ok<ChampPersonnaliseResponse>, ProblemHttpResult>> (
                Guid champId, ChampPersonnaliseRequest request, DossiersDbContext db, CancellationToken ct) =>
            {
                var champ = await db.ChampsPersonnalises.FirstOrDefaultAsync(c => c.Id == champId, ct);
                if (champ is null)
                {
                    return ErrorResults.Problem(Introuvable);
                }

                if (request.Prestation != champ.Prestation || request.Code != champ.Code || request.Type != champ.Type)
                {
                    return ErrorResults.Problem(Error.Validation("code", "La prestation, le code et le type d'un champ ne changent pas."));
                }

                champ.Modifier(request.Libelle!, request.Obligatoire, Options(request));
                await db.SaveChangesAsync(ct);
                return TypedResults.Ok(Reponse(champ));
            })
            .WithName("ModifierChampPersonnalise")
            .WithSummary("Modifier un champ personnalisé")
            .WithDescription("Libellé, caractère obligatoire et valeurs possibles ; la prestation, le code et le type ne changent pas (400). "
                + "Un champ devenu obligatoire est exigé à la prochaine saisie des valeurs d'un dossier.")
            .RequirePermission(DossiersPermissions.Parametrer)
            .WithValidation<ChampPersonnaliseRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static string? Options(ChampPersonnaliseRequest request) => request.Options is { Count: > 0 } o ? string.Join('|', o) : null;

    private static ChampPersonnaliseResponse Reponse(ChampPersonnalise c) =>
        new(c.Id, c.Prestation, c.Code, c.Libelle, c.Type, c.Obligatoire, c.ListeOptions);
}
