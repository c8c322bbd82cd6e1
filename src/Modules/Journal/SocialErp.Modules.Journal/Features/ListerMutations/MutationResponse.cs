using System.Text.Json;
using SocialErp.Modules.Journal.Domain;
using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Journal.Features.ListerMutations;

internal sealed record MutationResponse(
    Guid Id,
    string Module,
    string Entite,
    string EntiteId,
    OperationMutation Operation,
    Guid? UtilisateurId,
    string? UtilisateurEmail,
    DateTime Instant,
    IReadOnlyList<ChangementChamp> Changements)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static MutationResponse From(Mutation mutation) => new(
        mutation.Id,
        mutation.Module,
        mutation.Entite,
        mutation.EntiteId,
        mutation.Operation,
        mutation.UtilisateurId,
        mutation.UtilisateurEmail,
        mutation.Instant,
        JsonSerializer.Deserialize<List<ChangementChamp>>(mutation.Changements, Json) ?? []);
}
