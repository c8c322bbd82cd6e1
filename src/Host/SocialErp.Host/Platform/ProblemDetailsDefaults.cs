using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using SocialErp.BuildingBlocks.Http;

namespace SocialErp.Host.Platform;

/// <summary>Gives framework-made problems (401, 403, 404, 405…) a code, a French title and a trace id.</summary>
internal static class ProblemDetailsDefaults
{
    private static readonly Dictionary<int, (string Code, string Title)> ParStatut = new()
    {
        [StatusCodes.Status400BadRequest] = ("requete-invalide", "La requête est invalide."),
        [StatusCodes.Status401Unauthorized] = ("non-authentifie", "Authentification requise : envoyez « Authorization: Bearer <jeton> »."),
        [StatusCodes.Status403Forbidden] = ("acces-refuse", "Votre métier ne donne pas accès à cette opération."),
        [StatusCodes.Status404NotFound] = ("introuvable", "Cette ressource n'existe pas."),
        [StatusCodes.Status405MethodNotAllowed] = ("methode-non-permise", "Cette méthode n'est pas permise sur cette ressource."),
        [StatusCodes.Status413PayloadTooLarge] = ("contenu-trop-volumineux", "Le contenu envoyé est trop volumineux."),
        [StatusCodes.Status415UnsupportedMediaType] = ("type-de-contenu-non-supporte", "Envoyez du JSON (Content-Type: application/json)."),
    };

    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (!problem.Extensions.ContainsKey("code") && problem.Status is { } status && ParStatut.TryGetValue(status, out var defaut))
        {
            problem.Extensions["code"] = defaut.Code;
            problem.Type = ProblemTypes.For(defaut.Code);
            problem.Title = defaut.Title;
        }

        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Extensions.TryAdd(
            "traceId", Activity.Current?.TraceId.ToString() ?? context.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity.TraceId.ToString() ?? context.HttpContext.TraceIdentifier);
    }
}
