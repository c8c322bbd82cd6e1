using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using SocialErp.BuildingBlocks.Http;
using SocialErp.Modules.Statistiques.Domain;
using SocialErp.Modules.Statistiques.Domain.Executions;
using SocialErp.Modules.Statistiques.Persistence;

namespace SocialErp.Modules.Statistiques.Features.Executions;

/// <summary>Answers the file of a finished execution: its content type, ETag = checksum, 304 on If-None-Match, 409 before the end.</summary>
internal static class TelechargementFichier
{
    public static async Task<IResult> RepondreAsync(ExecutionStatistique execution, HttpRequest request, StatistiquesDbContext db, CancellationToken ct)
    {
        if (execution.Checksum is null || !StatutsExecution.EstTerminee(execution.Statut))
        {
            return ErrorResults.Problem(StatistiquesErrors.FichierPasPret);
        }

        var etag = new EntityTagHeaderValue($"\"{execution.Checksum}\"");
        if (request.Headers.IfNoneMatch.ToString() is { Length: > 0 } ifNoneMatch
            && EntityTagHeaderValue.TryParseList([ifNoneMatch], out var etags) && etags.Any(e => e.Compare(etag, useStrongComparison: true) || e.Tag == "*"))
        {
            request.HttpContext.Response.Headers.ETag = etag.ToString();
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var contenu = await db.FichiersExecution.AsNoTracking().Where(f => f.ExecutionId == execution.Id).Select(f => f.Contenu).SingleAsync(ct);
        return TypedResults.File(contenu, execution.TypeContenu, execution.NomFichier, entityTag: etag);
    }
}
