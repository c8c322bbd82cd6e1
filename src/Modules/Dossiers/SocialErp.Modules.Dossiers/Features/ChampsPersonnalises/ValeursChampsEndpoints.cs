using SocialErp.SharedKernel.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Features.ChampsPersonnalises;

/// <summary>A dossier's values of its prestation's custom fields.</summary>
internal static class ValeursChampsEndpoints
{
    public static void MapValeursChamps(this IEndpointRouteBuilder group)
    {
        group.MapGet("/{id:guid}/champs-personnalises", LireAsync)
            .WithName("LireChampsPersonnalisesDossier")
            .WithSummary("Lire les champs personnalisés d'un dossier")
            .WithDescription("Chaque champ de la prestation du dossier avec sa valeur (null sans valeur), et l'ETag des valeurs. Dossier invisible : 404.")
            .RequirePermission(DossiersPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:guid}/champs-personnalises", DefinirAsync)
            .WithName("DefinirChampsPersonnalisesDossier")
            .WithSummary("Saisir les champs personnalisés d'un dossier")
            .WithDescription("Remplace toutes les valeurs (If-Match : 412 si périmé). Champ inconnu de la prestation, valeur d'un autre type ou "
                + "champ obligatoire manquant : 400 dossiers.champs-invalides avec les erreurs par champ ; dossier archivé : 409.")
            .RequirePermission(DossiersPermissions.Ecrire)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static async Task<Results<Ok<ValeursChampsResponse>, ProblemHttpResult>> LireAsync(
        Guid id, DossiersCibles cibles, DossiersDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var cible = await cibles.PourLireAsync(id, cancellationToken);
        if (!cible.IsSuccess)
        {
            return ErrorResults.Problem(cible.Error!);
        }

        var valeurs = await db.ValeursChamps.AsNoTracking().Include(v => v.Valeurs).FirstOrDefaultAsync(v => v.DossierId == id, cancellationToken);
        var version = valeurs?.Version ?? 0;
        ETags.Set(response, version);
        return TypedResults.Ok(await ReponseAsync(db, cible.Value.Prestation, valeurs, cancellationToken));
    }

    private static async Task<Results<Ok<ValeursChampsResponse>, ProblemHttpResult>> DefinirAsync(
        Guid id, ValeursChampsRequest request, DossiersCibles cibles, DossiersDbContext db, TimeProvider timeProvider, HttpContext context,
        CancellationToken cancellationToken)
    {
        string prestation = "";
        var result = await VersionedWrites.RunAsync<ValeursChamps>(context, async version =>
        {
            var cible = await cibles.PourModifierAsync(id, cancellationToken);
            if (!cible.IsSuccess)
            {
                return cible.Error!;
            }

            prestation = cible.Value.Prestation;
            var valeurs = await db.ValeursChamps.Include(v => v.Valeurs).FirstOrDefaultAsync(v => v.DossierId == id, cancellationToken);
            var controle = ETags.Check(version, valeurs?.Version ?? 0);
            if (!controle.IsSuccess)
            {
                return controle.Error!;
            }

            var champs = await db.ChampsPersonnalises.AsNoTracking().Where(c => c.Prestation == prestation).ToListAsync(cancellationToken);
            var validees = ValidationValeurs.Valider(champs, request.Valeurs ?? new Dictionary<string, System.Text.Json.JsonElement>());
            if (!validees.IsSuccess)
            {
                return validees.Error!;
            }

            var maintenant = timeProvider.Maintenant();

            if (valeurs is null)
            {
                valeurs = Domain.ValeursChamps.Pour(id, maintenant);
                db.ValeursChamps.Add(valeurs);
            }

            valeurs.Remplacer(validees.Value, maintenant);
            // Values entered again as they were change no row: nothing to publish, and the version stays.
            if (db.ChangeTracker.HasChanges())
            {
                var types = champs.ToDictionary(c => c.Code, c => c.Type, StringComparer.Ordinal);
                db.Publish(new ChampsPersonnalisesModifiesIntegrationEvent(
                    id,
                    valeurs.Version + 1,
                    valeurs.Valeurs.OrderBy(v => v.Code, StringComparer.Ordinal)
                        .Select(v => new ValeurChampDossier(v.Code, types.GetValueOrDefault(v.Code, "texte"), v.Valeur)).ToList()));
            }

            await db.SaveChangesAsync(cancellationToken);
            return valeurs;
        }, v => v.Version);
        return result.IsSuccess
            ? TypedResults.Ok(await ReponseAsync(db, prestation, result.Value, cancellationToken))
            : ErrorResults.Problem(result.Error!);
    }

    private static async Task<ValeursChampsResponse> ReponseAsync(
        DossiersDbContext db, string prestation, ValeursChamps? valeurs, CancellationToken cancellationToken)
    {
        var champs = await db.ChampsPersonnalises.AsNoTracking().Where(c => c.Prestation == prestation).OrderBy(c => c.Code)
            .ToListAsync(cancellationToken);
        var parCode = valeurs?.Valeurs.ToDictionary(v => v.Code, v => v.Valeur) ?? [];
        return new ValeursChampsResponse(
            champs.Select(c => new ValeurChampResponse(c.Code, c.Libelle, c.Type, c.Obligatoire, c.EnJson(parCode.GetValueOrDefault(c.Code))))
                .ToList(),
            valeurs?.Version ?? 0);
    }
}
