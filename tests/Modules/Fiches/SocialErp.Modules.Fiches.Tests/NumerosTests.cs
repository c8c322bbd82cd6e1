using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.RechercherFiches;

namespace SocialErp.Modules.Fiches.Tests;

[Trait("Category", "Unit")]
public sealed class NumerosTests
{
    [Theory]
    [InlineData("756.9217.0769.85", "7569217076985")]
    [InlineData("7569217076985", "7569217076985")]
    [InlineData("756 9217 0769 85", "7569217076985")]
    [InlineData("756.9217.0769.86", null)]
    [InlineData("755.9217.0769.85", null)]
    [InlineData("756.9217.0769", null)]
    [InlineData("756.9217.0769.8a", null)]
    public void NumeroAvs_Normaliser_ChecksPrefixLengthAndEan13Key(string saisie, string? attendu) =>
        Assert.Equal(attendu, NumeroAvs.Normaliser(saisie));

    [Theory]
    [InlineData("CHE-109.322.551", "CHE109322551")]
    [InlineData("che109322551", "CHE109322551")]
    [InlineData("CHE 109 322 551", "CHE109322551")]
    [InlineData("CHE-109.322.552", null)]
    [InlineData("CHF-109.322.551", null)]
    [InlineData("CHE-109.322.55", null)]
    public void NumeroIde_Normaliser_ChecksMod11Key(string saisie, string? attendu) =>
        Assert.Equal(attendu, NumeroIde.Normaliser(saisie));

    [Fact]
    public void NumeroIde_Formater_WritesCheWithDots() =>
        Assert.Equal("CHE-109.322.551", NumeroIde.Formater("CHE109322551"));

    [Theory]
    [InlineData("079 123 45 67", "+41791234567")]
    [InlineData("+41 79 123 45 67", "+41791234567")]
    [InlineData("0041 (0)21 555.12.34", "+41215551234")]
    [InlineData("0041 21 555 12 34", "+41215551234")]
    [InlineData("+33 1 42 68 53 00", "+33142685300")]
    [InlineData("12", null)]
    [InlineData("079 12a 45 67", null)]
    [InlineData("07+9 123 45 67", null)]
    public void NumeroTelephone_Normaliser_GivesE164(string saisie, string? attendu) =>
        Assert.Equal(attendu, NumeroTelephone.Normaliser(saisie));

    [Fact]
    public void TermesRecherche_Mots_AreAccentAndCaseFreeWords() =>
        Assert.Equal(["helene", "muller", "jean", "richard", "d", "arc"], TermesRecherche.Mots("Hélène", "MÜLLER", "Jean-Richard d'Arc"));

    [Fact]
    public void TermesRecherche_BorneSuperieure_IncrementsTheLastCharacter() =>
        Assert.Equal("mum", TermesRecherche.BorneSuperieure("mul"));

    [Fact]
    public void CritereRecherche_Texte_OneRangePerWord()
    {
        var critere = CritereRecherche.Lire("  Müll  hél ");

        Assert.Equal([("mull", "mulm"), ("hel", "hem")], critere.Prefixes);
    }

    [Theory]
    [InlineData("079 123", "4179123")]
    [InlineData("+41 79 123", "4179123")]
    [InlineData("0041 79 123", "4179123")]
    [InlineData("+41 (0)21 123", "4121123")]
    [InlineData("756.1234.56", "756123456")]
    public void CritereRecherche_Chiffres_ReadInTheStoredForm(string q, string cle) =>
        Assert.Equal((cle, TermesRecherche.BorneSuperieure(cle)), Assert.Single(CritereRecherche.Lire(q).Prefixes));

    [Fact]
    public void CritereRecherche_Email_IsLowerCase() =>
        Assert.Equal("a.b@example.ch", Assert.Single(CritereRecherche.Lire("A.B@Example.CH").Prefixes).De);
}
