namespace SocialErp.Modules.Fiches.Domain;

/// <summary>The official letters of the permits (B, C, F, G, L, N, S, Ci) and « autre », as users write them.</summary>
internal static class PermisSejourCodes
{
    public static IReadOnlyList<string> Tous { get; } = Enum.GetValues<PermisSejour>().Select(Code).ToList();

    public static string Code(PermisSejour permis) => permis == PermisSejour.Autre ? "autre" : permis.ToString();

    public static PermisSejour? Lire(string? code) =>
        Enum.GetValues<PermisSejour>().Select(p => (PermisSejour?)p)
            .FirstOrDefault(p => string.Equals(Code(p!.Value), code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
