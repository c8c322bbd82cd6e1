using SocialErp.Modules.Comptabilite.Banque.Identifiants;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Tests.Banque;

[Trait("Category", "Unit")]
public sealed class IbanTests
{
    [Theory]
    [InlineData("CH93 0076 2011 6238 5295 7", "CH9300762011623852957", "CH93 0076 2011 6238 5295 7")]
    [InlineData("ch9300762011623852957", "CH9300762011623852957", "CH93 0076 2011 6238 5295 7")]
    [InlineData("LI21 0881 0000 2324 013A A", "LI21088100002324013AA", "LI21 0881 0000 2324 013A A")]
    [InlineData("DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "DE89 3704 0044 0532 0130 00")]
    public void Lire_ValidIban_GivesCompactAndGroupedForms(string saisie, string compact, string formate)
    {
        var iban = Iban.Lire(saisie).Value;

        Assert.Equal(compact, iban.Valeur);
        Assert.Equal(formate, iban.Formate);
    }

    [Fact]
    public void Lire_RealCamtAccounts_AreValidSwissIbans()
    {
        // Every IBAN in the PostFinance sample: the notified account, the debtor's, the QR-IBAN credited.
        var ibans = System.Xml.Linq.XDocument.Load(DonneesIso20022.Chemin(DonneesIso20022.Camt054V08))
            .Descendants().Where(e => e.Name.LocalName == "IBAN").Select(e => e.Value).Distinct().ToList();

        Assert.Equal(3, ibans.Count);
        Assert.All(ibans, i => Assert.True(Iban.LireSuisse(i).IsSuccess, i));
        Assert.Equal(["CH7730000001250094239"], ibans.Where(i => Iban.Lire(i).Value.EstQrIban));
    }

    [Theory]
    [InlineData("CH4431999123000889012", 31999, true)]
    [InlineData("CH7730000001250094239", 30000, true)]
    [InlineData("CH9300762011623852957", 762, false)]
    [InlineData("CH2909000000250094239", 9000, false)]
    public void EstQrIban_InstitutionIdFrom30000To31999(string saisie, int iid, bool qr)
    {
        var iban = Iban.Lire(saisie).Value;

        Assert.Equal(iid, iban.IdentifiantInstitution);
        Assert.Equal(qr, iban.EstQrIban);
    }

    [Fact]
    public void EstQrIban_ForeignIban_IsNever() =>
        Assert.Null(Iban.Lire("DE89370400440532013000").Value.IdentifiantInstitution);

    [Theory]
    [InlineData("", "vide")]
    [InlineData("CH93-0076-2011-6238-5295-7", "lettres et des chiffres")]
    [InlineData("9300762011623852957CH", "code pays")]
    [InlineData("CH930076201162385295", "21 caractères ; celui-ci en a 20")]
    [InlineData("CH93007620116238529577", "21 caractères ; celui-ci en a 22")]
    [InlineData("CH9400762011623852957", "modulo 97")]
    [InlineData("CH93A0762011623852957", "ont des chiffres")]
    [InlineData("FR14 2004", "de 15 à 34")]
    public void Lire_InvalidIban_SaysWhatIsWrong(string saisie, string explication)
    {
        var erreur = Iban.Lire(saisie, "compte").Error!;

        Assert.Equal("comptabilite.iban-invalide", erreur.Code);
        Assert.Equal(ErrorKind.Validation, erreur.Kind);
        Assert.Contains(explication, Assert.Single(erreur.Fields!["compte"]), StringComparison.Ordinal);
    }

    [Fact]
    public void LireSuisse_ForeignIban_IsRefusedNamingItsCountry()
    {
        var erreur = Iban.LireSuisse("DE89 3704 0044 0532 0130 00").Error!;

        Assert.Equal("comptabilite.iban-non-suisse", erreur.Code);
        Assert.Contains("DE", erreur.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LireSuisse_LiechtensteinIban_IsAccepted() =>
        Assert.True(Iban.LireSuisse("LI21088100002324013AA").IsSuccess);
}
