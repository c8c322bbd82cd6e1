using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SocialErp.Modules.Ged.Contenus;

/// <summary>
/// The text of a content for the full-text index: text and e-mail as they are, DOCX paragraphs, and PDF text where it
/// is extractable (see <see cref="TextePdf"/>); other formats (images, scans, spreadsheets) give none. Never fails: an
/// unreadable content just has no text.
/// </summary>
internal static class ExtracteurTexte
{
    public const int LongueurMax = 500_000;

    public static async Task<string> ExtraireAsync(Func<Stream> ouvrir, string typeContenu, CancellationToken cancellationToken)
    {
        try
        {
            await using var flux = ouvrir();
            var texte = typeContenu switch
            {
                _ when typeContenu.StartsWith("text/", StringComparison.Ordinal) || typeContenu == "message/rfc822" => await LireTexteAsync(flux, cancellationToken),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => Docx(flux),
                "application/pdf" => TextePdf.Extraire(flux),
                _ => "",
            };
            return texte.Length > LongueurMax ? texte[..LongueurMax] : texte;
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or OpenXmlPackageException or FormatException or InvalidOperationException)
        {
            return "";
        }
    }

    private static async Task<string> LireTexteAsync(Stream flux, CancellationToken cancellationToken)
    {
        var tampon = new byte[LongueurMax];
        var lus = await flux.ReadAtLeastAsync(tampon, tampon.Length, throwOnEndOfStream: false, cancellationToken);
        return DetecteurType.DecoderTexte(tampon.AsSpan(0, lus));
    }

    private static string Docx(Stream flux)
    {
        using var document = WordprocessingDocument.Open(flux, false);
        var corps = document.MainDocumentPart?.Document?.Body;
        if (corps is null)
        {
            return "";
        }

        var texte = new StringBuilder();
        foreach (var paragraphe in corps.Descendants<Paragraph>())
        {
            texte.AppendLine(paragraphe.InnerText);
        }

        return texte.ToString();
    }
}
