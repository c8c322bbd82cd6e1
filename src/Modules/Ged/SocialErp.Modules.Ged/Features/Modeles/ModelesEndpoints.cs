using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Ged.Contracts;
using SocialErp.Modules.Ged.Domain;
using SocialErp.Modules.Ged.Persistence;
using SocialErp.Modules.Ged.Stockage;

namespace SocialErp.Modules.Ged.Features.Modeles;

internal static class ModelesEndpoints
{
    public static void MapModeles(this IEndpointRouteBuilder group)
    {
        group.MapPost("/", DeposerAsync)
            .WithName("DeposerModele")
            .WithSummary("Déposer ou remplacer un modèle de publipostage")
            .WithDescription(
                "Multipart : fichier (DOCX avec des champs MERGEFIELD), code, nom, typeDocument. Un code existant remplace le modèle (200), "
                + "sinon 201. Champs : date.jour, fiche.* (nom, prenom, civilite, dateNaissance, numeroAvs, adresse.ligne, adresse.npaLocalite…), "
                + "dossier.* (numero, nom, prestation, statut, dateOuverture, champ.<code>), ua.membres, evenement.*, budget.<ligne>, "
                + "referent.* (nomComplet, email, telephone), financement.* (financeur, convention, conventionDu, conventionAu, heuresFinancees, "
                + "modeMontant, montant, montantTotal, financeurs), parcours.* (dateEntree, dateSortie, dureeJours, heuresPlanifiees, "
                + "heuresRealisees, heuresRestantes, seancesEmargees, seancesPresent, tauxPresence, tauxReussite). "
                + "Champ sans nom, mal formé ou inconnu : 400 (errors.fichier) ; autre chose qu'un DOCX : 415.")
            .RequirePermission(GedPermissions.GererModeles)
            .DisableAntiforgery()
            .WithValidation<DeposerModeleForm>()
            .Produces<ModeleResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapGet("/", ListerAsync)
            .WithName("ListerModeles")
            .WithSummary("Lister les modèles de publipostage")
            .RequirePermission(GedPermissions.Lire);

        group.MapGet("/{id:guid}", ObtenirAsync)
            .WithName("ObtenirModele")
            .WithSummary("Lire un modèle de publipostage")
            .RequirePermission(GedPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}/contenu", ContenuAsync)
            .WithName("TelechargerModele")
            .WithSummary("Télécharger le DOCX d'un modèle")
            .RequirePermission(GedPermissions.Lire)
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Created<ModeleResponse>, Ok<ModeleResponse>, ProblemHttpResult>> DeposerAsync(
        [FromForm] DeposerModeleForm form, DeposerModeleHandler handler, HttpResponse response, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(form, cancellationToken);
        if (!result.IsSuccess)
        {
            return ErrorResults.Problem(result.Error!);
        }

        var (modele, cree) = result.Value;
        ETags.Set(response, modele.Version);
        return cree
            ? TypedResults.Created($"/api/modeles/{modele.Id}", ModeleResponse.From(modele))
            : TypedResults.Ok(ModeleResponse.From(modele));
    }

    private static async Task<Ok<List<ModeleResponse>>> ListerAsync(GedDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Modeles.AsNoTracking().OrderBy(m => m.Code).ToListAsync(cancellationToken)).Select(ModeleResponse.From).ToList());

    private static async Task<Results<Ok<ModeleResponse>, ProblemHttpResult>> ObtenirAsync(
        Guid id, GedDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var modele = await db.Modeles.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (modele is null)
        {
            return ErrorResults.Problem(ModeleErrors.Introuvable);
        }

        ETags.Set(response, modele.Version);
        return TypedResults.Ok(ModeleResponse.From(modele));
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> ContenuAsync(
        Guid id, GedDbContext db, IStockageContenus stockage, CancellationToken cancellationToken)
    {
        var modele = await db.Modeles.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (modele is null)
        {
            return ErrorResults.Problem(ModeleErrors.Introuvable);
        }

        var flux = await stockage.OuvrirAsync(modele.Sha256, cancellationToken);
        return TypedResults.File(
            flux, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", modele.NomFichier,
            entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{modele.Sha256}\""));
    }
}
