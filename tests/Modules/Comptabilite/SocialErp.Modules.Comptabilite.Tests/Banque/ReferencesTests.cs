using System.Xml.Linq;
using SocialErp.Modules.Comptabilite.Banque.Identifiants;

namespace SocialErp.Modules.Comptabilite.Tests.Banque;

[Trait("Category", "Unit")]
public sealed class ReferencesTests
{
    [Fact]
    public void ReferenceQr_RealReferencesOfTheBankSample_PassTheCheckDigit()
    {
        var references = XDocument.Load(DonneesIso20022.Chemin(DonneesIso20022.Camt054V08))
            .Descendants().Where(e => e.Name.LocalName == "Ref" && e.Parent?.Name.LocalName == "CdtrRefInf").Select(e => e.Value).ToList();

        Assert.Equal(2, references.Count);
        Assert.All(references, r => Assert.Equal(r, ReferenceQr.Lire(r).Value.Valeur));
    }

    [Fact]
    public void ReferenceQr_Generer_RebuildsTheRealReferencesFromTheirFirst26Digits()
    {
        var references = XDocument.Load(DonneesIso20022.Chemin(DonneesIso20022.Camt054V04))
            .Descendants().Where(e => e.Name.LocalName == "Ref" && e.Parent?.Name.LocalName == "CdtrRefInf").Select(e => e.Value);

        Assert.All(references, r => Assert.Equal(r, ReferenceQr.Generer(r[..26]).Value.Valeur));
    }

    [Theory]
    [InlineData("21000000000313947143000901", "210000000003139471430009017")] // SIX QR-bill guidelines example
    [InlineData("1", "000000000000000000000000011")]
    [InlineData("20261234", "000000000000000000202612343")]
    public void ReferenceQr_Generer_PadsToTwentySixDigitsAndAppendsTheCheckDigit(string numero, string attendue) =>
        Assert.Equal(attendue, ReferenceQr.Generer(numero).Value.Valeur);

    [Fact]
    public void ReferenceQr_Generer_EveryGeneratedReferenceReadsBack()
    {
        for (var n = 1; n < 2_000; n += 7)
        {
            var reference = ReferenceQr.Generer(n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Value;
            Assert.True(ReferenceQr.Lire(reference.Formatee).IsSuccess, reference.Formatee);
        }
    }

    [Fact]
    public void ReferenceQr_Formatee_GroupsOfFiveFromTheRight() =>
        Assert.Equal("21 00000 00003 13947 14300 09017", ReferenceQr.Lire("210000000003139471430009017").Value.Formatee);

    [Theory]
    [InlineData("210000000003139471430009018", "7 attendu")]
    [InlineData("21000000000313947143000901", "27 chiffres ; celle-ci en a 26")]
    [InlineData("21000000000313947143000901A", "que des chiffres")]
    [InlineData("", "27 chiffres ; celle-ci en a 0")]
    public void ReferenceQr_Lire_Invalid_SaysWhy(string saisie, string explication)
    {
        var erreur = ReferenceQr.Lire(saisie).Error!;

        Assert.Equal("comptabilite.reference-qr-invalide", erreur.Code);
        Assert.Contains(explication, erreur.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("123456789012345678901234567")]
    [InlineData("12a")]
    [InlineData("")]
    public void ReferenceQr_Generer_RefusesTooLongOrNonDigits(string numero) =>
        Assert.False(ReferenceQr.Generer(numero).IsSuccess);

    [Theory]
    [InlineData("539007547034", "RF18539007547034")] // ISO 11649 example
    [InlineData("2026 f 42", "RF372026F42")]
    public void ReferenceCreancier_Generer_ComputesTheCheckDigits(string corps, string attendue)
    {
        var reference = ReferenceCreancier.Generer(corps).Value;

        Assert.Equal(attendue, reference.Valeur);
        Assert.True(ReferenceCreancier.Lire(reference.Formatee.ToLowerInvariant()).IsSuccess);
    }

    [Fact]
    public void ReferenceCreancier_Formatee_GroupsOfFour() =>
        Assert.Equal("RF18 5390 0754 7034", ReferenceCreancier.Lire("rf18539007547034").Value.Formatee);

    [Theory]
    [InlineData("RF19539007547034", "modulo 97")]
    [InlineData("XX18539007547034", "commence par « RF »")]
    [InlineData("RFAB539007547034", "deux chiffres de contrôle")]
    [InlineData("RF181234567890123456789012", "de 1 à 21 caractères ; celle-ci en a 22")]
    [InlineData("RF18-539", "que des lettres")]
    public void ReferenceCreancier_Lire_Invalid_SaysWhy(string saisie, string explication)
    {
        var erreur = ReferenceCreancier.Lire(saisie).Error!;

        Assert.Equal("comptabilite.reference-creancier-invalide", erreur.Code);
        Assert.Contains(explication, erreur.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferencePaiement_QrIbanRequiresQrrAndQrrRequiresQrIban()
    {
        var qrIban = Iban.Lire("CH4431999123000889012").Value;
        var iban = Iban.Lire("CH9300762011623852957").Value;
        var qrr = ReferencePaiement.Qr(ReferenceQr.Lire("210000000003139471430009017").Value);
        var scor = ReferencePaiement.Creancier(ReferenceCreancier.Lire("RF18539007547034").Value);

        Assert.Null(qrr.VerifierCompte(qrIban));
        Assert.Null(scor.VerifierCompte(iban));
        Assert.Null(ReferencePaiement.Aucune.VerifierCompte(iban));
        Assert.Equal("comptabilite.reference-incompatible", scor.VerifierCompte(qrIban)?.Code);
        Assert.Equal("comptabilite.reference-incompatible", ReferencePaiement.Aucune.VerifierCompte(qrIban)?.Code);
        Assert.Equal("comptabilite.reference-incompatible", qrr.VerifierCompte(iban)?.Code);
    }

    [Fact]
    public void ReferencePaiement_Lire_NonWithAReference_IsRefused() =>
        Assert.Equal("comptabilite.reference-incompatible", ReferencePaiement.Lire(TypeReference.Non, "123").Error?.Code);
}
