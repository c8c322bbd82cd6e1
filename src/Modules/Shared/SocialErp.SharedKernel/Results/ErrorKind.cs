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
}
