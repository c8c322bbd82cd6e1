using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SocialErp.IntegrationTests.Ged;

/// <summary>
/// DOCX files for the tests, built with the OpenXML SDK: <c>{champ}</c> in a line becomes a complex MERGEFIELD (begin,
/// instruction, separate, result, end: what Word writes), split over several runs like Word does.
/// </summary>
internal static class DocxDeTest
{
    public static byte[] Construire(params string[] lignes)
    {
        using var memoire = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memoire, WordprocessingDocumentType.Document))
        {
            var principale = document.AddMainDocumentPart();
            principale.Document = new Document(new Body(lignes.Select(Paragraphe)));
            principale.Document.Save();
        }

        return memoire.ToArray();
    }

    public static string TexteDe(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join('\n', document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText));
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
                paragraphe.Append(Run(new Text(reste) { Space = SpaceProcessingModeValues.Preserve }));
                break;
            }

            if (debut > 0)
            {
                paragraphe.Append(Run(new Text(reste[..debut]) { Space = SpaceProcessingModeValues.Preserve }));
            }

            var nom = reste[(debut + 1)..fin];
            paragraphe.Append(
                Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                Run(new FieldCode(" MERGEFIELD ") { Space = SpaceProcessingModeValues.Preserve }),
                Run(new FieldCode($"{nom} \\* MERGEFORMAT ") { Space = SpaceProcessingModeValues.Preserve }),
                Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new RunProperties(new Bold()), new Text($"«{nom}»")),
                Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            reste = reste[(fin + 1)..];
        }

        return paragraphe;
    }

    private static Run Run(OpenXmlElement contenu) => new(contenu);
}
