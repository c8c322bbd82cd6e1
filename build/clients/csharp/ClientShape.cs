using SocialErp.Client;

namespace SocialErp.ClientCheck;

/// <summary>
/// What a C# consumer writes against the generated client: if the contract drifts (types, names, DateOnly
/// dates, string enums, problem details), this stops compiling.
/// </summary>
public static class ClientShape
{
    public static Task<FicheResponse> LireFicheAsync(SocialErpClient client, Guid id) => client.ObtenirFicheAsync(id);

    public static (DateOnly? Naissance, long Version, TypeFicheDto Type) Identite(FicheResponse fiche) =>
        (fiche.DateNaissance, fiche.Version, fiche.Type);

    public static IDictionary<string, ICollection<string>>? Erreurs(SocialErpApiException<HttpValidationProblemDetails> exception) =>
        exception.Result.Errors;

    public static string? Code(SocialErpApiException<ProblemDetails> exception) => exception.Result.Code;
}
