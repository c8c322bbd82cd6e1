using FluentValidation.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SocialErp.SharedKernel.Results;

namespace SocialErp.BuildingBlocks.Http;

/// <summary>The one mapping from business errors to problem+json responses.</summary>
public static class ErrorResults
{
    public static ProblemHttpResult Problem(Error error)
    {
        var status = error.Kind switch
        {
            ErrorKind.Validation => StatusCodes.Status400BadRequest,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            ErrorKind.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
            ErrorKind.BusinessRule => StatusCodes.Status422UnprocessableEntity,
            ErrorKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
            ErrorKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
            _ => StatusCodes.Status500InternalServerError,
        };
        ProblemDetails problem = error.Fields is null
            ? new ProblemDetails()
            : new HttpValidationProblemDetails(error.Fields.ToDictionary(p => p.Key, p => p.Value));
        problem.Status = status;
        problem.Type = ProblemTypes.For(error.Code);
        problem.Title = error.Message;
        problem.Extensions["code"] = error.Code;
        return TypedResults.Problem(problem);
    }

    public static ProblemHttpResult Validation(ValidationResult result) => Problem(ValidationError(result));

    /// <summary>A failed FluentValidation result as the error every 400 carries (field paths as the client wrote them).</summary>
    public static Error ValidationError(ValidationResult result) =>
        Error.Validation(
            "validation",
            "La requête contient des données invalides.",
            result.Errors
                .GroupBy(e => ToCamelPath(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));

    /// <summary>"Adresses[0].Npa" → "adresses[0].npa", as the client wrote the JSON.</summary>
    public static string ToCamelPath(string path) =>
        string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
