using DocumentFormat.OpenXml.Packaging;

namespace SocialErp.Modules.Ged.Publipostage;

/// <summary>The merge fields of a DOCX template, in order of first use, or why it cannot serve as a template.</summary>
internal static class AnalyseModele
{
    public static (IReadOnlyList<string> Champs, IReadOnlyList<string> Problemes) Analyser(Stream docx)
    {
        try
        {
            using var document = WordprocessingDocument.Open(docx, false);
            var champs = new List<string>();
            var problemes = new List<string>();
            foreach (var partie in LecteurChamps.Parties(document))
            {
                var (lus, erreurs) = LecteurChamps.Lire(partie);
                champs.AddRange(lus.Where(c => c.Nom is not null).Select(c => c.Nom!));
                problemes.AddRange(erreurs);
            }

            if (champs.Count == 0 && problemes.Count == 0)
            {
                problemes.Add("Le modèle ne contient aucun champ de fusion (MERGEFIELD).");
            }

            return (champs.Distinct().ToList(), problemes.Distinct().ToList());
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or IOException)
        {
            return ([], ["Le fichier n'est pas un document Word (DOCX) lisible."]);
        }
    }
}
