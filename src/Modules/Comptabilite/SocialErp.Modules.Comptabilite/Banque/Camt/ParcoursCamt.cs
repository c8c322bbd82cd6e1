using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Banque.Camt;

/// <summary>
/// Walks a camt.054 or camt.053 file (.04 or .08) for the credit and debit readers. The document is streamed with an
/// <see cref="XmlReader"/> and only one entry (<c>Ntry</c>) at a time is held as a tree, so memory stays flat whatever
/// the file size; DTDs are prohibited. Any unreadable part rejects the whole file: an import is all or nothing.
/// </summary>
internal static class ParcoursCamt
{
    // Depths in Document / message / Ntfctn|Stmt / Acct|Ntry.
    private const int ProfondeurBloc = 2;
    private const int ProfondeurEcriture = 3;

    private static readonly XmlReaderSettings Reglages = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>An entry to read: the namespace, the entry, its rank in the file (for messages) and the account it is on.</summary>
    public delegate Result<List<T>> LectureEcriture<T>(XNamespace ns, XElement ntry, int numero, string? compte);

    /// <summary>The version, message id and what <paramref name="lire"/> took from each entry; an entry giving nothing counts as ignored.</summary>
    public static Result<(string Version, string IdentifiantMessage, List<T> Avis, int EcrituresIgnorees)> Lire<T>(
        Stream fichier, LectureEcriture<T> lire)
    {
        try
        {
            using var lecteur = XmlReader.Create(fichier, Reglages);
            return Lire(lecteur, lire);
        }
        catch (XmlException ex)
        {
            return BanqueErrors.CamtIllisible($"Le fichier n'est pas un XML lisible (ligne {ex.LineNumber}, position {ex.LinePosition}) : {ex.Message}");
        }
    }

    public static string? Texte(XElement? element) => element is null ? null : ((string)element).Trim();

    /// <summary>A date choice (<c>Dt</c> or <c>DtTm</c>), its day only.</summary>
    public static DateOnly? Date(XNamespace ns, XElement? choix)
    {
        var texte = Texte(choix?.Element(ns + "Dt")) ?? Texte(choix?.Element(ns + "DtTm"));
        return texte is { Length: >= 10 }
            && DateOnly.TryParseExact(texte[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    private static Result<(string, string, List<T>, int)> Lire<T>(XmlReader lecteur, LectureEcriture<T> lire)
    {
        lecteur.MoveToContent();
        var version = lecteur.LocalName == "Document" ? VersionCamt.DepuisEspaceDeNoms(lecteur.NamespaceURI) : null;
        if (version is null)
        {
            return BanqueErrors.CamtVersionInconnue(
                $"Message « {lecteur.NamespaceURI} {lecteur.LocalName} » non pris en charge ; versions acceptées : {string.Join(", ", VersionCamt.Connues)}.");
        }

        XNamespace ns = lecteur.NamespaceURI;
        var avis = new List<T>();
        var identifiantMessage = string.Empty;
        string? compte = null;
        var ignorees = 0;
        var numero = 0;
        while (!lecteur.EOF)
        {
            if (lecteur.NodeType != XmlNodeType.Element)
            {
                lecteur.Read();
            }
            else if (lecteur.Depth == ProfondeurBloc && lecteur.LocalName == "GrpHdr")
            {
                identifiantMessage = Texte(Lu(lecteur).Element(ns + "MsgId")) ?? string.Empty;
            }
            else if (lecteur.Depth == ProfondeurEcriture && lecteur.LocalName == "Acct")
            {
                compte = Texte(Lu(lecteur).Element(ns + "Id")?.Element(ns + "IBAN"));
            }
            else if (lecteur.Depth == ProfondeurEcriture && lecteur.LocalName == "Ntry")
            {
                numero++;
                var lus = lire(ns, Lu(lecteur), numero, compte);
                if (!lus.IsSuccess)
                {
                    return lus.Error!;
                }

                avis.AddRange(lus.Value);
                ignorees += lus.Value.Count == 0 ? 1 : 0;
            }
            else
            {
                lecteur.Read();
            }
        }

        return (version, identifiantMessage, avis, ignorees);
    }

    private static XElement Lu(XmlReader lecteur) => (XElement)XNode.ReadFrom(lecteur);
}
