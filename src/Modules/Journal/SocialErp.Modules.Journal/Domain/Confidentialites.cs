namespace SocialErp.Modules.Journal.Domain;

/// <summary>The API codes of <see cref="Confidentialite"/>: dossier, metier, utilisateurs.</summary>
internal static class Confidentialites
{
    public static string Code(Confidentialite confidentialite) => confidentialite.ToString().ToLowerInvariant();

    public static Confidentialite? Lire(string? code) =>
        Enum.GetValues<Confidentialite>().Cast<Confidentialite?>().FirstOrDefault(c => Code(c!.Value) == code);
}
