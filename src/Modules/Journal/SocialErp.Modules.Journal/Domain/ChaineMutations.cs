using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SocialErp.Modules.Journal.Domain;

/// <summary>
/// The hash chain of the journal des mutations: each line's empreinte covers every stored field of the line and
/// the previous line's empreinte, so changing, removing or reordering a line breaks the chain from there on.
/// </summary>
internal static class ChaineMutations
{
    private const char Separateur = '\u001f';

    public static string Empreinte(Mutation mutation, string empreintePrecedente)
    {
        var contenu = string.Join(
            Separateur,
            empreintePrecedente,
            mutation.Sequence.ToString(CultureInfo.InvariantCulture),
            mutation.Id.ToString("D"),
            mutation.MessageId.ToString("D"),
            mutation.Module,
            mutation.Entite,
            mutation.EntiteId,
            mutation.Operation.ToString(),
            mutation.Nature ?? "",
            mutation.UtilisateurId?.ToString("D") ?? "",
            mutation.UtilisateurEmail ?? "",
            ArrondiStockage(mutation.Instant).ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            mutation.Changements);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(contenu)));
    }

    /// <summary>The instant as both providers store it: UTC, to the microsecond.</summary>
    public static DateTime ArrondiStockage(DateTime instant)
    {
        var utc = instant.Kind == DateTimeKind.Utc ? instant : DateTime.SpecifyKind(instant, DateTimeKind.Utc);
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }
}
