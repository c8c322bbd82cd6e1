using SocialErp.BuildingBlocks.Export;

namespace SocialErp.BuildingBlocks.Tests.Export;

[Trait("Category", "Unit")]
public sealed class ChampCsvTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("Lausanne", "Lausanne")]
    [InlineData("Rue; 12", "\"Rue; 12\"")]
    [InlineData("dit \"Jo\"", "\"dit \"\"Jo\"\"\"")]
    [InlineData("ligne\r\nsuite", "\"ligne\r\nsuite\"")]
    public void Echapper_QuotesOnlyWhatNeedsIt(string? valeur, string attendu) =>
        Assert.Equal(attendu, ChampCsv.Echapper(valeur));

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("\tDupont", "'\tDupont")]
    [InlineData("+41791234567", "+41791234567")]
    [InlineData("-12.50", "-12.50")]
    [InlineData("-", "-")]
    [InlineData("Müller", "Müller")]
    public void EchapperSaisie_NeutralisesFormulasKeepsNumbers(string valeur, string attendu) =>
        Assert.Equal(attendu, ChampCsv.EchapperSaisie(valeur));
}
