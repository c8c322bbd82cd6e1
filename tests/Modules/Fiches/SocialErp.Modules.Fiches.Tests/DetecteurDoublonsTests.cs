using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Tests;

[Trait("Category", "Unit")]
public sealed class DetecteurDoublonsTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("muller", "muller", 0)]
    [InlineData("muller", "muler", 1)]
    [InlineData("muller", "mulller", 1)]
    [InlineData("muller", "mulelr", 1)]
    [InlineData("martin", "matrin", 1)]
    [InlineData("dupont", "dupond", 1)]
    [InlineData("dupont", "dupnod", 2)]
    [InlineData("abc", "", 3)]
    [InlineData("ca", "abc", 3)]
    [InlineData("armengaud", "armangot", 4)]
    public void Distance_Pairs_DamerauLevenshteinOptimalAlignment(string a, string b, int attendue)
    {
        Assert.Equal(attendue, DetecteurDoublons.Distance(a, b));
        Assert.Equal(attendue, DetecteurDoublons.Distance(b, a));
    }

    [Theory]
    [InlineData("Müller", "Hélène", "helene muller")]
    [InlineData("MULLER", "helene", "helene muller")]
    [InlineData("Hélène", "Müller", "helene muller")]
    [InlineData("De la Fontaine", "Jean-Luc", "de fontaine jean la luc")]
    [InlineData("  O'Brien ", null, "brien o")]
    public void NomNormalise_AccentsCasseOrdre_Ignores(string nom, string? prenom, string attendu) =>
        Assert.Equal(attendu, DetecteurDoublons.NomNormalise(nom, prenom));

    [Fact]
    public void Evaluer_RaisonsEtScores_TriesParScoreDecroissant()
    {
        var naissance = new DateOnly(1980, 4, 12);
        var cible = new IdentiteDoublon("Müller", "Hélène", naissance, "7569217076985", "h.muller@example.ch");
        var memeAvs = Personne("Autre", "Nom", null, "7569217076985", null);
        var memeNom = Personne("MULLER", "helene", naissance, null, null);
        var nomProche = Personne("Muler", "Helen", naissance, null, null);
        var memeEmail = Personne("Sans", "Rapport", null, null, "H.Muller@example.ch");
        var rien = Personne("Muller", "Hélène", new DateOnly(1981, 4, 12), null, null);
        var trop = Personne("Mauler", "Heln", naissance, null, null);

        var candidats = DetecteurDoublons.Evaluer(cible, [rien, memeEmail, nomProche, memeNom, memeAvs, trop]);

        Assert.Equal([memeAvs.Id, memeNom.Id, nomProche.Id, memeEmail.Id], candidats.Select(c => c.Fiche.Id));
        Assert.Equal([100, 80, 70, 60], candidats.Select(c => c.Score));
        Assert.Equal([RaisonsDoublon.Avs], candidats[0].Raisons);
        Assert.Equal([RaisonsDoublon.NomDateNaissance], candidats[1].Raisons);
        Assert.Equal([RaisonsDoublon.NomProcheDateNaissance], candidats[2].Raisons);
        Assert.Equal([RaisonsDoublon.Email], candidats[3].Raisons);
    }

    [Fact]
    public void Evaluer_PlusieursRaisons_ScoreDeLaPlusForte()
    {
        var naissance = new DateOnly(1990, 1, 1);
        var cible = new IdentiteDoublon("Rossi", "Marco", naissance, null, "m.rossi@example.ch");
        var fiche = Personne("Rossi", "Marco", naissance, null, "m.rossi@example.ch");

        var candidat = Assert.Single(DetecteurDoublons.Evaluer(cible, [fiche]));

        Assert.Equal(80, candidat.Score);
        Assert.Equal([RaisonsDoublon.NomDateNaissance, RaisonsDoublon.Email], candidat.Raisons);
    }

    private static Fiche Personne(string nom, string prenom, DateOnly? naissance, string? avs, string? email) =>
        Fiche.Creer(new IdentiteFiche(TypeFiche.Personne, nom, prenom, naissance, avs, email), null, DateTime.UtcNow, null);
}
