using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SocialErp.BuildingBlocks.Http;

namespace SocialErp.Modules.Fiches.Features.ObtenirFiche;

/// <summary>
/// A merged (absorbed) fiche answers 308 Permanent Redirect to the survivor: HTTP clients and browsers follow it
/// and get the survivor (whose <c>id</c> differs from the one asked for); a client that does not follow redirects
/// reads the survivor in <c>Location</c> and in the problem body's <c>conserveeId</c>; <c>fusionId</c> names the
/// merge (to read or undo it), absent for merges made before merges were recorded.
/// </summary>
internal static class FicheFusionneeResult
{
    public const string Code = "fiches.fiche-fusionnee";

    public static ProblemHttpResult Vers(Guid absorbeeId, Guid conserveeId, Guid? fusionId, HttpResponse response)
    {
        response.Headers.Location = $"/api/fiches/{conserveeId}";
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status308PermanentRedirect,
            Type = ProblemTypes.For(Code),
            Title = "Cette fiche a été fusionnée dans une autre fiche.",
            Detail = $"La fiche {absorbeeId} est conservée sous /api/fiches/{conserveeId}.",
        };
        problem.Extensions["code"] = Code;
        problem.Extensions["conserveeId"] = conserveeId;
        if (fusionId is not null)
        {
            problem.Extensions["fusionId"] = fusionId;
        }

        return TypedResults.Problem(problem);
    }
}
