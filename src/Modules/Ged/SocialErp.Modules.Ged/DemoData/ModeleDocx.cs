using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SocialErp.Modules.Ged.DemoData;

/// <summary>
/// Builds a DOCX template from lines where <c>{champ}</c> marks a merge field (written as a Word MERGEFIELD, as a
/// user would insert it).
/// </summary>
internal static class ModeleDocx
{
    public static byte[] Construire(params string[] lignes)
    {
        using var memoire = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memoire, WordprocessingDocumentType.Document))
        {
            var principale = document.AddMainDocumentPart();
            var corps = new Body();
            foreach (var ligne in lignes)
            {
                corps.Append(Paragraphe(ligne));
            }

            principale.Document = new Document(corps);
            principale.Document.Save();
        }

        return memoire.ToArray();
    }

    private static Paragraph Paragraphe(string ligne)
    {
        var paragraphe = new Paragraph();
        var reste = ligne;
        while (reste.Length > 0)
        {
            var debut = reste.IndexOf('{', StringComparison.Ordinal);
            var fin = debut < 0 ? -1 : reste.IndexOf('}', debut);
            if (debut < 0 || fin < 0)
            {
                paragraphe.Append(Texte(reste));
                break;
            }

            if (debut > 0)
            {
                paragraphe.Append(Texte(reste[..debut]));
            }

            var nom = reste[(debut + 1)..fin];
            paragraphe.Append(new SimpleField(Texte($"«{nom}»")) { Instruction = $" MERGEFIELD {nom} \\* MERGEFORMAT " });
            reste = reste[(fin + 1)..];
        }

        return paragraphe;
    }

    private static Run Texte(string texte) => new(new Text(texte) { Space = SpaceProcessingModeValues.Preserve });
}
