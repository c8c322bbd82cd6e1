using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SocialErp.Modules.Ged.Publipostage;

/// <summary>
/// Fills a DOCX template's MERGEFIELDs with values (each field becomes plain text in the field result's format; line
/// breaks are kept). A field without value is not left blank: it shows « champ manquant : nom » and is reported.
/// </summary>
internal static class Fusion
{
    public static (byte[] Docx, IReadOnlyList<string> Manquants) Remplir(byte[] modele, IReadOnlyDictionary<string, string?> valeurs)
    {
        using var memoire = new MemoryStream();
        memoire.Write(modele);
        memoire.Position = 0;
        var manquants = new List<string>();
        using (var document = WordprocessingDocument.Open(memoire, true))
        {
            foreach (var partie in LecteurChamps.Parties(document).ToList())
            {
                var (champs, _) = LecteurChamps.Lire(partie);
                foreach (var champ in champs.Where(c => c.Nom is not null))
                {
                    var valeur = valeurs.GetValueOrDefault(champ.Nom!);
                    if (string.IsNullOrEmpty(valeur))
                    {
                        manquants.Add(champ.Nom!);
                        valeur = $"« champ manquant : {champ.Nom} »";
                    }

                    Remplacer(champ, valeur);
                }

                partie.Save();
            }

            if (document.MainDocumentPart?.DocumentSettingsPart?.Settings is { } parametres)
            {
                // The template may ask Word to re-run the merge against a data source on opening: the result is final.
                parametres.RemoveAllChildren<MailMerge>();
                parametres.Save();
            }
        }

        return (memoire.ToArray(), manquants.Distinct().ToList());
    }

    private static void Remplacer(ChampDocx champ, string valeur)
    {
        var premier = champ.Elements[0];
        var run = new Run();
        if (champ.Format is not null)
        {
            run.Append((RunProperties)champ.Format.CloneNode(true));
        }

        var lignes = valeur.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lignes.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lignes[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        premier.InsertBeforeSelf(run);
        foreach (var element in champ.Elements)
        {
            element.Remove();
        }
    }
}
