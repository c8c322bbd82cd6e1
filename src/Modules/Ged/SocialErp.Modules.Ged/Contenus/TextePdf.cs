using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace SocialErp.Modules.Ged.Contenus;

/// <summary>
/// Best-effort PDF text: the string operands of the text operators (<c>Tj</c>, <c>TJ</c>, <c>'</c>, <c>"</c>) in the
/// content streams, uncompressed or Flate-compressed. It reads PDFs whose fonts use a standard (Latin) encoding, which
/// is what office suites and most letter generators produce; scans (images) and fonts with custom encodings yield no or
/// partial text — that is the "where extractable" of the search.
/// </summary>
internal static partial class TextePdf
{
    private const int TailleMax = 50 * 1024 * 1024;

    public static string Extraire(Stream flux)
    {
        using var memoire = new MemoryStream();
        flux.CopyTo(memoire);
        if (memoire.Length > TailleMax)
        {
            return "";
        }

        var octets = memoire.ToArray();
        var latin = Encoding.Latin1.GetString(octets);
        var texte = new StringBuilder();
        foreach (Match flot in Flot().Matches(latin))
        {
            var dictionnaire = flot.Groups["dict"].Value;
            var debut = flot.Groups["data"].Index;
            var longueur = flot.Groups["data"].Length;
            var donnees = octets.AsSpan(debut, longueur).ToArray();
            if (dictionnaire.Contains("/FlateDecode", StringComparison.Ordinal))
            {
                donnees = Decompresser(donnees);
            }
            else if (dictionnaire.Contains("/Filter", StringComparison.Ordinal))
            {
                continue;
            }

            if (donnees.Length > 0)
            {
                ExtraireOperateurs(Encoding.Latin1.GetString(donnees), texte);
            }
        }

        return texte.ToString();
    }

    private static byte[] Decompresser(byte[] donnees)
    {
        try
        {
            using var entree = new ZLibStream(new MemoryStream(donnees), CompressionMode.Decompress);
            using var sortie = new MemoryStream();
            entree.CopyTo(sortie);
            return sortie.ToArray();
        }
        catch (InvalidDataException)
        {
            return [];
        }
    }

    private static void ExtraireOperateurs(string contenu, StringBuilder texte)
    {
        foreach (Match bloc in BlocTexte().Matches(contenu))
        {
            foreach (Match chaine in Chaine().Matches(bloc.Value))
            {
                texte.Append(Decoder(chaine.Groups[1].Value));
            }

            texte.Append('\n');
        }
    }

    private static string Decoder(string litteral)
    {
        var resultat = new StringBuilder(litteral.Length);
        for (var i = 0; i < litteral.Length; i++)
        {
            var c = litteral[i];
            if (c != '\\' || i + 1 >= litteral.Length)
            {
                resultat.Append(c);
                continue;
            }

            var suivant = litteral[++i];
            switch (suivant)
            {
                case 'n': resultat.Append('\n'); break;
                case 'r': resultat.Append('\r'); break;
                case 't': resultat.Append('\t'); break;
                case 'b' or 'f': break;
                case >= '0' and <= '7':
                    var octal = suivant.ToString();
                    while (octal.Length < 3 && i + 1 < litteral.Length && litteral[i + 1] is >= '0' and <= '7')
                    {
                        octal += litteral[++i];
                    }

                    resultat.Append((char)Convert.ToInt32(octal, 8));
                    break;
                default: resultat.Append(suivant); break;
            }
        }

        return resultat.ToString();
    }

    [GeneratedRegex(@"<<(?<dict>(?:(?!>>\s*stream).){0,2000}?)>>\s*stream\r?\n(?<data>.*?)\r?\n?endstream", RegexOptions.Singleline)]
    private static partial Regex Flot();

    [GeneratedRegex(@"BT\b(.*?)\bET", RegexOptions.Singleline)]
    private static partial Regex BlocTexte();

    [GeneratedRegex(@"\(((?:\\.|[^\\()])*)\)", RegexOptions.Singleline)]
    private static partial Regex Chaine();
}
