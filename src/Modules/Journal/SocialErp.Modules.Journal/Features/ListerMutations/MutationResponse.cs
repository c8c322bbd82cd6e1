using System.Text.Json;
using SocialErp.Modules.Journal.Domain;
using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Journal.Features.ListerMutations;

/// <summary>A line of the journal des mutations; <c>operation</c> = creation | modification | suppression | consultation.</summary>
internal sealed record MutationResponse(
    Guid Id,
    long Sequence,
    string Module,
    string Entite,
    string EntiteId,
    string Operation,
    string? Nature,
    Guid? UtilisateurId,
    string? UtilisateurEmail,
    DateTime Instant,
    IReadOnlyList<ChangementChamp> Changements,
    string Empreinte)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static MutationResponse From(Mutation mutation) => new(
        mutation.Id,
        mutation.Sequence,
        mutation.Module,
        mutation.Entite,
        mutation.EntiteId,
        OperationsJournal.Code(mutation.Operation),
        mutation.Nature,
        mutation.UtilisateurId,
        mutation.UtilisateurEmail,
        mutation.Instant,
        JsonSerializer.Deserialize<List<ChangementChamp>>(mutation.Changements, Json) ?? [],
        mutation.Empreinte);
}
