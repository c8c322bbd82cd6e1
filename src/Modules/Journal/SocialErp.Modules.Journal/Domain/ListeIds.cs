namespace SocialErp.Modules.Journal.Domain;

/// <summary>
/// A set of ids stored in one text column as <c>|id|id|</c>: readable on both providers and searchable with
/// <c>LIKE '%|id|%'</c> (<see cref="Motif"/>), which the confidentiality filter needs.
/// </summary>
internal static class ListeIds
{
    public static string Formater(IEnumerable<Guid> ids)
    {
        var distincts = ids.Distinct().ToList();
        return distincts.Count == 0 ? "" : "|" + string.Join('|', distincts.Select(id => id.ToString("D"))) + "|";
    }

    public static IReadOnlyList<Guid> Lire(string? stockage) =>
        string.IsNullOrEmpty(stockage)
            ? []
            : stockage.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();

    /// <summary><paramref name="ancien"/> replaced in place by <paramref name="nouveau"/>, which is listed once.</summary>
    public static string Remplacer(string stockage, Guid ancien, Guid nouveau) =>
        Formater(Lire(stockage).Select(id => id == ancien ? nouveau : id));

    public static string Motif(Guid id) => "|" + id.ToString("D") + "|";
}
