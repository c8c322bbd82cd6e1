namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>Who pays or is invoiced (analytic dimension of lines).</summary>
internal static class TypesPayeur
{
    public static IReadOnlyList<string> Tous { get; } =
        ["service", "beneficiaire", "assureur", "office", "canton", "commune", "parent", "tiers"];
}
