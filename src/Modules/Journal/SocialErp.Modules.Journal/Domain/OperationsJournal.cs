namespace SocialErp.Modules.Journal.Domain;

/// <summary>The API codes of <see cref="OperationJournal"/> (lowercase).</summary>
internal static class OperationsJournal
{
    public static string Code(OperationJournal operation) => operation.ToString().ToLowerInvariant();

    public static OperationJournal? Lire(string? code) =>
        Enum.GetValues<OperationJournal>().Cast<OperationJournal?>().FirstOrDefault(o => Code(o!.Value) == code);
}
