namespace SocialErp.SharedKernel.Results;

/// <summary>The family of a business error; the host maps each to one HTTP status.</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Forbidden,
    PreconditionFailed,
    BusinessRule,

    /// <summary>The request's content is larger than accepted (413).</summary>
    TooLarge,

    /// <summary>The request's content is of a type not accepted (415).</summary>
    UnsupportedMediaType,
}
