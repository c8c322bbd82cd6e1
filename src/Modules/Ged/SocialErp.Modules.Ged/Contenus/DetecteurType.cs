using System.IO.Compression;
using System.Text;

namespace SocialErp.Modules.Ged.Contenus;

/// <summary>
/// Decides a content's media type from its bytes, never from the client's header or file name alone: PDF, images,
/// Office (OOXML and legacy), OpenDocument, text and e-mail are accepted; executables, scripts, archives and anything
/// unrecognised are refused. The file name's extension only picks between formats the bytes cannot tell apart.
/// </summary>
internal static class DetecteurType
{
    private const int TailleEntete = 8192;

    private static readonly (byte[] Signature, string Type)[] Signatures =
    [
        ("%PDF-"u8.ToArray(), "application/pdf"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png"),
        ([0xFF, 0xD8, 0xFF], "image/jpeg"),
        ("GIF87a"u8.ToArray(), "image/gif"),
        ("GIF89a"u8.ToArray(), "image/gif"),
        ([0x49, 0x49, 0x2A, 0x00], "image/tiff"),
        ([0x4D, 0x4D, 0x00, 0x2A], "image/tiff"),
        ("BM"u8.ToArray(), "image/bmp"),
    ];

    private static readonly byte[][] Executables =
    [
        "MZ"u8.ToArray(),
        [0x7F, 0x45, 0x4C, 0x46],
        [0xFE, 0xED, 0xFA, 0xCE],
        [0xFE, 0xED, 0xFA, 0xCF],
        [0xCE, 0xFA, 0xED, 0xFE],
        [0xCF, 0xFA, 0xED, 0xFE],
        [0xCA, 0xFE, 0xBA, 0xBE],
        "#!"u8.ToArray(),
        [0x00, 0x61, 0x73, 0x6D],
    ];

    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly string[] EntetesCourriel =
        ["From:", "Received:", "Return-Path:", "MIME-Version:", "Message-ID:", "Date:", "Subject:", "To:", "Delivered-To:"];

    public static async Task<TypeDetecte> DetecterAsync(Func<Stream> ouvrir, string nomFichier, CancellationToken cancellationToken)
    {
        var entete = new byte[TailleEntete];
        int lus;
        await using (var flux = ouvrir())
        {
            lus = await flux.ReadAtLeastAsync(entete, TailleEntete, throwOnEndOfStream: false, cancellationToken);
        }

        if (lus >= Zip.Length && entete.AsSpan(0, Zip.Length).SequenceEqual(Zip))
        {
            await using var flux = ouvrir();
            return Paquet(flux);
        }

        return DetecterEntete(entete.AsSpan(0, lus), nomFichier);
    }

    private static TypeDetecte DetecterEntete(ReadOnlySpan<byte> octets, string nomFichier)
    {
        if (octets.Length == 0)
        {
            return TypeDetecte.Refuse("Le fichier est vide.");
        }

        foreach (var executable in Executables)
        {
            if (octets.StartsWith(executable))
            {
                return TypeDetecte.Refuse("Les exécutables et scripts sont refusés.");
            }
        }

        foreach (var (signature, type) in Signatures)
        {
            if (octets.StartsWith(signature))
            {
                return TypeDetecte.Accepte(type);
            }
        }

        if (octets.Length >= 12 && octets.StartsWith("RIFF"u8) && octets[8..12].SequenceEqual("WEBP"u8))
        {
            return TypeDetecte.Accepte("image/webp");
        }

        if (octets.StartsWith(Ole))
        {
            return TypeDetecte.Accepte(Extension(nomFichier) switch
            {
                ".xls" => "application/vnd.ms-excel",
                ".ppt" => "application/vnd.ms-powerpoint",
                ".msg" => "application/vnd.ms-outlook",
                _ => "application/msword",
            });
        }

        return Texte(octets, nomFichier);
    }

    private static TypeDetecte Paquet(Stream flux)
    {
        try
        {
            using var archive = new ZipArchive(flux, ZipArchiveMode.Read);
            var mimetype = archive.GetEntry("mimetype");
            if (mimetype is not null)
            {
                using var lecteur = new StreamReader(mimetype.Open(), Encoding.ASCII);
                var type = lecteur.ReadToEnd().Trim();
                if (type.StartsWith("application/vnd.oasis.opendocument.", StringComparison.Ordinal))
                {
                    return TypeDetecte.Accepte(type);
                }
            }

            if (archive.GetEntry("[Content_Types].xml") is not null)
            {
                if (archive.GetEntry("word/document.xml") is not null)
                {
                    return TypeDetecte.Accepte("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                }

                if (archive.GetEntry("xl/workbook.xml") is not null)
                {
                    return TypeDetecte.Accepte("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                }

                if (archive.GetEntry("ppt/presentation.xml") is not null)
                {
                    return TypeDetecte.Accepte("application/vnd.openxmlformats-officedocument.presentationml.presentation");
                }
            }
        }
        catch (InvalidDataException)
        {
            return TypeDetecte.Refuse("Archive ZIP illisible.");
        }

        return TypeDetecte.Refuse("Les archives (ZIP…) sont refusées : déposez les documents un par un.");
    }

    private static TypeDetecte Texte(ReadOnlySpan<byte> octets, string nomFichier)
    {
        if (octets.Contains((byte)0))
        {
            return TypeDetecte.Refuse("Format de fichier non reconnu ou non autorisé (PDF, images, Office, OpenDocument, texte et courriels sont acceptés).");
        }

        var texte = DecoderTexte(octets);
        var debut = texte.TrimStart();
        if (debut.StartsWith('<')
            && (debut.Contains("<script", StringComparison.OrdinalIgnoreCase) || debut.Contains("<html", StringComparison.OrdinalIgnoreCase)))
        {
            return TypeDetecte.Refuse("Les pages HTML sont refusées (contenu actif possible) : déposez-les en PDF.");
        }

        var premiereLigne = debut.Split('\n', 2)[0];
        if (EntetesCourriel.Any(e => premiereLigne.StartsWith(e, StringComparison.OrdinalIgnoreCase)) && texte.Contains("\n\n", StringComparison.Ordinal)
            || EntetesCourriel.Any(e => premiereLigne.StartsWith(e, StringComparison.OrdinalIgnoreCase)) && texte.Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            return TypeDetecte.Accepte("message/rfc822");
        }

        return TypeDetecte.Accepte(Extension(nomFichier) == ".csv" ? "text/csv; charset=utf-8" : "text/plain; charset=utf-8");
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8 (a cut last character is tolerated), else Windows-1252 / Latin-1.</summary>
    public static string DecoderTexte(ReadOnlySpan<byte> octets)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        for (var coupe = 0; coupe < 4 && coupe < octets.Length; coupe++)
        {
            try
            {
                return utf8.GetString(octets[..^coupe]);
            }
            catch (DecoderFallbackException)
            {
            }
        }

        return Encoding.Latin1.GetString(octets);
    }

    private static string Extension(string nomFichier) => Path.GetExtension(nomFichier).ToLowerInvariant();
}
