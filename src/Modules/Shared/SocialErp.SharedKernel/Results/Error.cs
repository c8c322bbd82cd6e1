namespace SocialErp.SharedKernel.Results;

/// <summary>
/// A business error with a stable code (<c>fiches.fiche-introuvable</c>), a French message for users
/// and, for validation errors, messages per field.
/// </summary>
public sealed record Error(string Code, string Message, ErrorKind Kind, IReadOnlyDictionary<string, string[]>? Fields = null)
{
    public static Error NotFound(string code, string message) => new(code, message, ErrorKind.NotFound);

    public static Error Conflict(string code, string message) => new(code, message, ErrorKind.Conflict);

    public static Error Forbidden(string code, string message) => new(code, message, ErrorKind.Forbidden);

    public static Error BusinessRule(string code, string message) => new(code, message, ErrorKind.BusinessRule);

    public static Error PreconditionFailed(string code, string message) => new(code, message, ErrorKind.PreconditionFailed);

    public static Error Validation(string code, string message, IReadOnlyDictionary<string, string[]> fields) =>
        new(code, message, ErrorKind.Validation, fields);

    public static Error Validation(string field, string message) =>
        new("validation", message, ErrorKind.Validation, new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>The stored version differs from the one the client read (If-Match).</summary>
    public static readonly Error VersionObsolete = PreconditionFailed(
        "version-obsolete",
        "La ressource a été modifiée depuis votre lecture. Relisez-la puis recommencez.");
}
