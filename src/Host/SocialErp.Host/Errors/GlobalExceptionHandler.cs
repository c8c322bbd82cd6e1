using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;

namespace SocialErp.Host.Errors;

/// <summary>
/// Last line of defence: unreadable requests become 400 with the offending field, write races 409, and
/// anything else a 500 carrying only a trace id (details stay in the logs).
/// </summary>
internal sealed partial class GlobalExceptionHandler(IProblemDetailsService problemDetails, ILogger<GlobalExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException badRequest => BadRequest(badRequest),
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Type = ProblemTypes.For("conflit-concurrent"),
                Title = "La ressource a été modifiée en même temps par quelqu'un d'autre. Relisez-la puis recommencez.",
                Extensions = { ["code"] = "conflit-concurrent" },
            },
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Type = ProblemTypes.For("erreur-interne"),
                Title = "Une erreur inattendue s'est produite. Communiquez l'identifiant de trace au support.",
                Extensions = { ["code"] = "erreur-interne" },
            };
        }

        problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? httpContext.TraceIdentifier;
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static HttpValidationProblemDetails BadRequest(BadHttpRequestException exception)
    {
        var field = FieldOf(exception);
        var message = exception.InnerException is JsonException
            ? "Valeur illisible : vérifiez le type et le format (dates AAAA-MM-JJ, nombres sans guillemets)."
            : "Paramètre absent ou illisible.";
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = exception.StatusCode,
            Type = ProblemTypes.For("requete-illisible"),
            Title = exception.StatusCode == StatusCodes.Status400BadRequest ? "La requête est illisible." : exception.Message,
            Extensions = { ["code"] = "requete-illisible" },
        };
    }

    /// <summary>The JSON path of the bad value ("$.dateNaissance" → "dateNaissance"), or the parameter's name.</summary>
    private static string FieldOf(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException { Path: { Length: > 0 } path })
        {
            return path.TrimStart('$').TrimStart('.') is { Length: > 0 } trimmed ? trimmed : "corps";
        }

        var match = ParameterName().Match(exception.Message);
        return match.Success ? ErrorResults.ToCamelPath(match.Groups["name"].Value) : "corps";
    }

    [GeneratedRegex("parameter \"[^\" ]+ (?<name>[^\"]+)\"")]
    private static partial Regex ParameterName();
}
