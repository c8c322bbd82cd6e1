using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;

namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>Puts a request example and response examples (by status code) on an endpoint's OpenAPI operation.</summary>
internal static class ExemplesOpenApi
{
    public static RouteHandlerBuilder AvecExemples(this RouteHandlerBuilder builder, object? requete, params (int Statut, object Corps)[] reponses) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (requete is not null && operation.RequestBody?.Content is { } contenus)
            {
                foreach (var media in contenus.Values)
                {
                    media.Example = JsonSerializer.SerializeToNode(requete, JsonSerializerOptions.Web);
                }
            }

            foreach (var (statut, corps) in reponses)
            {
                if (operation.Responses?.TryGetValue(statut.ToString(CultureInfo.InvariantCulture), out var reponse) == true
                    && reponse.Content is { } contenu)
                {
                    foreach (var media in contenu.Values)
                    {
                        media.Example = JsonSerializer.SerializeToNode(corps, JsonSerializerOptions.Web);
                    }
                }
            }

            return Task.CompletedTask;
        });
}
