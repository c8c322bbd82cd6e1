using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using Microsoft.Extensions.Options;
using SocialErp.BuildingBlocks.Http;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.ModifierFiche;
using SocialErp.SharedKernel.Results;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace SocialErp.Modules.Fiches.Features.ModifierFichePartiellement;

/// <summary>
/// Applies a JSON merge patch to the fiche's current data and hands the result to the PUT logic, so a patch
/// is validated, checked and recorded exactly like a replacement.
/// </summary>
internal sealed class ModifierFichePartiellementHandler(
    ModifierFicheHandler modifier, IValidator<ModifierFicheRequest> validator, IOptions<JsonOptions> jsonOptions)
{
    public Task<Result<Fiche>> HandleAsync(Guid id, long? versionAttendue, JsonObject patch, CancellationToken cancellationToken) =>
        modifier.HandleAsync(id, versionAttendue, fiche => FusionnerAsync(fiche, patch, cancellationToken), cancellationToken);

    private async Task<Result<ModifierFicheRequest>> FusionnerAsync(Fiche fiche, JsonObject patch, CancellationToken cancellationToken)
    {
        var options = jsonOptions.Value.SerializerOptions;
        var actuelle = JsonSerializer.SerializeToNode(ModifierFicheRequest.Depuis(fiche), options);
        ModifierFicheRequest? request;
        try
        {
            request = JsonMergePatch.Appliquer(actuelle, patch).Deserialize<ModifierFicheRequest>(options);
        }
        catch (JsonException exception)
        {
            var champ = exception.Path?.TrimStart('$').TrimStart('.') is { Length: > 0 } chemin ? chemin : "corps";
            return Error.Validation(champ, "Valeur illisible : vérifiez le type et le format (dates AAAA-MM-JJ, nombres sans guillemets).");
        }

        if (request is null)
        {
            return Error.Validation("corps", "Le corps de la requête est requis.");
        }

        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return Error.Validation(
                "validation",
                "La requête contient des données invalides.",
                validation.Errors
                    .GroupBy(e => ErrorResults.ToCamelPath(e.PropertyName))
                    .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));
        }

        return request;
    }
}
