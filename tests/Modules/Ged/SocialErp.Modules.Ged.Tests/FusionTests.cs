using DocumentFormat.OpenXml.Packaging;
using SocialErp.Modules.Ged.Contenus;
using SocialErp.Modules.Ged.DemoData;
using SocialErp.Modules.Ged.Publipostage;

namespace SocialErp.Modules.Ged.Tests;

/// <summary>Template analysis and filling, read back with the OpenXML SDK.</summary>
public sealed class FusionTests
{
    [Fact]
    public void Remplir_ChampsConnusEtManquants_FillsAndReportsWithoutLeavingBlanks()
    {
        var modele = ModeleDocx.Construire("Madame {fiche.nom}", "Né le {fiche.dateNaissance}", "Budget : {budget.loyer}");

        var (docx, manquants) = Fusion.Remplir(modele, new Dictionary<string, string?> { ["fiche.nom"] = "Rochat" });

        Assert.Equal(["fiche.dateNaissance", "budget.loyer"], manquants);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var texte = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Madame Rochat", texte, StringComparison.Ordinal);
        Assert.Contains("« champ manquant : fiche.dateNaissance »", texte, StringComparison.Ordinal);
        Assert.DoesNotContain("MERGEFIELD", document.MainDocumentPart.Document.OuterXml, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyser_ChampsMalFormesOuInconnus_ListsEveryProblem()
    {
        var modele = ModeleDocx.Construire("{fiche.nom} {fiche.pointure} {Nom avec espace} {dossier.champ.revenu}");

        var (champs, problemes) = AnalyseModele.Analyser(new MemoryStream(modele));

        Assert.Contains("fiche.nom", champs);
        Assert.Contains("dossier.champ.revenu", champs);
        Assert.Contains(problemes, p => p.Contains("fiche.pointure", StringComparison.Ordinal));
        Assert.Contains(problemes, p => p.Contains("Nom", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Extraire_PdfSimple_FindsItsText()
    {
        var pdf = PdfTexte.Construire("Decision d'octroi", "Beneficiaire : Lea Armengaud");

        var texte = await ExtracteurTexte.ExtraireAsync(() => new MemoryStream(pdf), "application/pdf", CancellationToken.None);

        Assert.Contains("Decision d'octroi", texte, StringComparison.Ordinal);
        Assert.Contains("Lea Armengaud", texte, StringComparison.Ordinal);
    }
}
