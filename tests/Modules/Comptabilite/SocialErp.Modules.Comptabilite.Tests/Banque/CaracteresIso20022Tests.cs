using SocialErp.Modules.Comptabilite.Banque;

namespace SocialErp.Modules.Comptabilite.Tests.Banque;

[Trait("Category", "Unit")]
public sealed class CaracteresIso20022Tests
{
    [Theory]
    [InlineData("Lot 2026/11 Müller & Söhne", "Lot 2026/11 Mueller . Soehne")]
    [InlineData("Paiement n°42 — Délèze", "Paiement n.42 . Deleze")]
    [InlineData("A_B|C", "A.B.C")]
    [InlineData("  ok-id:(1),'x'+?  ", "ok-id:(1),'x'+?")]
    public void Identifiant_KeepsTheSwiftSetOnly(string texte, string attendu)
    {
        var identifiant = CaracteresIso20022.Identifiant(texte);

        Assert.Equal(attendu, identifiant);
        Assert.All(identifiant, c => Assert.True(CaracteresIso20022.EstSwift(c), c.ToString()));
    }

    [Fact]
    public void Identifiant_CutsTo35() =>
        Assert.Equal(35, CaracteresIso20022.Identifiant(new string('x', 50)).Length);

    [Theory]
    [InlineData("Régie Délèze SA", "Régie Délèze SA")]
    [InlineData("Łukasz Wałęsa", "Łukasz Wałęsa")]
    [InlineData("Nguyễn  Văn\tMinh", "Nguyen Văn Minh")]
    [InlineData("Loyer 🏠 novembre\u0007", "Loyer novembre")]
    public void Texte_KeepsTheSpsLatinSetAndTransliteratesTheRest(string texte, string attendu) =>
        Assert.Equal(attendu, CaracteresIso20022.Texte(texte, 70));

    [Fact]
    public void Texte_CutsToTheGivenLength() =>
        Assert.Equal("Rue du", CaracteresIso20022.Texte("Rue du Marché", 7));
}
