using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Ged.Contracts;
using SocialErp.Modules.Ged.Domain;
using SocialErp.Modules.Ged.Features.Shared;
using SocialErp.Modules.Ged.Persistence;
using SocialErp.Modules.Ged.Stockage;
using SocialErp.SharedKernel.Audit;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Ged.Features.TelechargerContenu;

internal static class TelechargerContenuEndpoint
{
    public static void MapTelechargerContenu(this IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}/contenu", HandleAsync)
            .WithName("TelechargerContenu")
            .WithSummary("Télécharger le contenu d'un document")
            .WithDescription(
                "Le fichier de la version courante (ou de ?version=n), avec son type, Content-Disposition (nom assaini) et l'ETag de son "
                + "SHA-256 (If-None-Match : 304). L'empreinte est vérifiée avant l'envoi (500 ged.contenu-altere sinon). Chaque "
                + "téléchargement est inscrit au journal des mutations (consultation). 404 comme pour la lecture du document.")
            .RequirePermission(GedPermissions.Lire)
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status500InternalServerError);

    private static async Task<Results<FileStreamHttpResult, StatusCodeHttpResult, ProblemHttpResult>> HandleAsync(
        Guid id, int? version, DocumentsCharges documents, IStockageContenus stockage, GedDbContext db, ICurrentUser user,
        TimeProvider timeProvider, HttpContext context, CancellationToken cancellationToken)
    {
        var charge = await documents.ChargerAsync(id, null, cancellationToken);
        if (!charge.IsSuccess)
        {
            return ErrorResults.Problem(charge.Error!);
        }

        var document = charge.Value;
        var choisie = version is null ? document.VersionCourante : document.Versions.FirstOrDefault(v => v.Numero == version);
        if (choisie is null)
        {
            return ErrorResults.Problem(DocumentErrors.VersionIntrouvable);
        }

        if (document.PurgeLe is not null)
        {
            return ErrorResults.Problem(DocumentErrors.ContenuPurge);
        }

        var etag = new EntityTagHeaderValue($"\"{choisie.Sha256}\"");
        if (context.Request.Headers.IfNoneMatch.ToString().Contains(etag.Tag.ToString(), StringComparison.Ordinal))
        {
            context.Response.Headers.ETag = etag.ToString();
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        Stream contenu;
        try
        {
            contenu = await stockage.OuvrirAsync(choisie.Sha256, cancellationToken);
        }
        catch (Exception exception) when (exception is ContenuAltereException or FileNotFoundException or DirectoryNotFoundException)
        {
            return TypedResults.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Type = ProblemTypes.For("ged.contenu-altere"),
                Title = "Le contenu stocké de ce document est absent ou ne correspond plus à son empreinte : contactez l'administrateur.",
                Extensions = { ["code"] = "ged.contenu-altere" },
            });
        }

        db.Publish(new ConsultationEnregistreeIntegrationEvent(
            GedDbContext.Schema, nameof(Document), document.Id.ToString(), "telechargement", user.Id, user.Email,
            timeProvider.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        context.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return TypedResults.File(contenu, choisie.TypeContenu, choisie.NomFichier, entityTag: etag);
    }
}
