namespace SocialErp.Modules.Comptabilite.Domain.Budgets;

/// <summary>What a budget grants: aid, a grant, or a loan (which makes social debt).</summary>
internal static class GenresBudget
{
    public const string Allocation = "allocation";
    public const string Bourse = "bourse";
    public const string Pret = "pret";

    public static IReadOnlyList<string> Tous { get; } = [Allocation, Bourse, Pret];
}
