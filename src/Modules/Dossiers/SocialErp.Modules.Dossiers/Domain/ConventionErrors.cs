using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Domain;

internal static class ConventionErrors
{
    public static readonly Error Introuvable = Error.NotFound("dossiers.convention-introuvable", "Cette convention de financement n'existe pas.");

    public static readonly Error ReferenceExistante =
        Error.Conflict("dossiers.convention-existante", "Une convention de financement porte déjà cette référence.");

    public static Error Invalide(string champ, string message) => new(
        "dossiers.convention-invalide", message, ErrorKind.Validation, new Dictionary<string, string[]> { [champ] = [message] });
}
