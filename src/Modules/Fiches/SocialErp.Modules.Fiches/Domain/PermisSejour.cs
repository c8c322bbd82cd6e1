namespace SocialErp.Modules.Fiches.Domain;

/// <summary>Foreign nationals' residence permit categories (SEM); see <see cref="PermisSejourCodes"/> for their letters.</summary>
internal enum PermisSejour
{
    B,
    C,
    F,
    G,
    L,
    N,
    S,
    Ci,
    Autre,
}
