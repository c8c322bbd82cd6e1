using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SocialErp.Modules.Ged.Publipostage;

/// <summary>
/// Finds the MERGEFIELDs of a DOCX (body, headers, footers) and what is wrong with them: a field without a name, a
/// malformed or unknown name, a complex field never closed. Other fields (PAGE, DATE…) are left alone.
/// </summary>
internal static class LecteurChamps
{
    public static IEnumerable<OpenXmlPartRootElement> Parties(WordprocessingDocument document)
    {
        var principale = document.MainDocumentPart;
        if (principale?.Document is not null)
        {
            yield return principale.Document;
        }

        foreach (var entete in principale?.HeaderParts ?? [])
        {
            yield return entete.Header;
        }

        foreach (var pied in principale?.FooterParts ?? [])
        {
            yield return pied.Footer;
        }
    }

    /// <summary>The merge fields of one part, and the problems found (field-code structure, names).</summary>
    public static (List<ChampDocx> Champs, List<string> Problemes) Lire(OpenXmlPartRootElement racine)
    {
        var champs = new List<ChampDocx>();
        var problemes = new List<string>();
        foreach (var simple in racine.Descendants<SimpleField>().ToList())
        {
            Ajouter(champs, problemes, simple.Instruction?.Value ?? "", [simple], simple.Descendants<RunProperties>().FirstOrDefault());
        }

        var runs = racine.Descendants<Run>().ToList();
        for (var i = 0; i < runs.Count; i++)
        {
            if (Caractere(runs[i]) != FieldCharValues.Begin)
            {
                continue;
            }

            var elements = new List<OpenXmlElement> { runs[i] };
            var instruction = "";
            var resultat = false;
            RunProperties? format = null;
            var profondeur = 1;
            var j = i + 1;
            for (; j < runs.Count && profondeur > 0; j++)
            {
                var run = runs[j];
                elements.Add(run);
                var caractere = Caractere(run);
                if (caractere == FieldCharValues.Begin)
                {
                    profondeur++;
                }
                else if (caractere == FieldCharValues.End)
                {
                    profondeur--;
                }
                else if (caractere == FieldCharValues.Separate && profondeur == 1)
                {
                    resultat = true;
                }
                else if (!resultat && profondeur == 1)
                {
                    instruction += string.Concat(run.Elements<FieldCode>().Select(c => c.Text));
                }
                else if (resultat && profondeur == 1 && format is null)
                {
                    format = run.RunProperties;
                }
            }

            if (profondeur > 0)
            {
                problemes.Add("Un champ de fusion n'est pas fermé (code de champ sans fin).");
                break;
            }

            Ajouter(champs, problemes, instruction, elements, format ?? runs[i].RunProperties);
            i = j - 1;
        }

        return (champs, problemes);
    }

    private static void Ajouter(List<ChampDocx> champs, List<string> problemes, string instruction, List<OpenXmlElement> elements, RunProperties? format)
    {
        var mots = Mots(instruction);
        if (mots.Count == 0 || !string.Equals(mots[0], "MERGEFIELD", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var nom = mots.Count > 1 && !mots[1].StartsWith('\\') ? mots[1] : null;
        if (nom is null)
        {
            problemes.Add("Un champ MERGEFIELD n'a pas de nom.");
        }
        else if (!CatalogueChamps.EstBienForme(nom))
        {
            problemes.Add($"Nom de champ mal formé : « {nom} » (attendu : fiche.nom, dossier.numero, dossier.champ.code…).");
        }
        else if (!CatalogueChamps.EstConnu(nom))
        {
            problemes.Add($"Champ inconnu : « {nom} ».");
        }

        champs.Add(new ChampDocx(nom, instruction, elements, format));
    }

    private static FieldCharValues? Caractere(Run run) => run.GetFirstChild<FieldChar>()?.FieldCharType?.Value;

    /// <summary>The instruction's words; a quoted name may hold spaces.</summary>
    private static List<string> Mots(string instruction)
    {
        var mots = new List<string>();
        var i = 0;
        while (i < instruction.Length)
        {
            if (char.IsWhiteSpace(instruction[i]))
            {
                i++;
                continue;
            }

            if (instruction[i] == '"')
            {
                var fin = instruction.IndexOf('"', i + 1);
                fin = fin < 0 ? instruction.Length : fin;
                mots.Add(instruction[(i + 1)..fin]);
                i = fin + 1;
                continue;
            }

            var debut = i;
            while (i < instruction.Length && !char.IsWhiteSpace(instruction[i]))
            {
                i++;
            }

            mots.Add(instruction[debut..i]);
        }

        return mots;
    }
}
