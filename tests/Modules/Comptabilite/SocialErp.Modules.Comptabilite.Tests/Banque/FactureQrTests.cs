using SocialErp.Modules.Comptabilite.Banque;
using SocialErp.Modules.Comptabilite.Banque.Identifiants;
using SocialErp.Modules.Comptabilite.Banque.QrFacture;

namespace SocialErp.Modules.Comptabilite.Tests.Banque;

[Trait("Category", "Unit")]
public sealed class FactureQrTests
{
    // The example of the Swiss Implementation Guidelines QR-bill (SIX), with structured addresses as v2.3 requires.
    private const string ExempleSix =
        "SPC\n0200\n1\nCH4431999123000889012\nS\nRobert Schneider AG\nRue du Lac\n1268\n2501\nBiel\nCH\n\n\n\n\n\n\n\n1949.75\nCHF\n"
        + "S\nPia-Maria Rutschmann-Schnyder\nGrosse Marktgasse\n28\n9400\nRorschach\nCH\nQRR\n210000000003139471430009017\n"
        + "Auftrag vom 15.06.2020\nEPD\n//S1/10/10201409/11/200701/20/140.000-53/30/102673831/31/200615/32/7.7/33/7.7:1.00/40/0:30\n"
        + "Name AV1: UV;UltraPay005;12345\nName AV2: XY;XYService;54321";

    [Fact]
    public void Lire_GuidelinesExample_ReadsEveryElement()
    {
        var facture = LecteurFactureQr.Lire(ExempleSix).Value;

        Assert.Equal("CH4431999123000889012", facture.Compte.Valeur);
        Assert.True(facture.Compte.EstQrIban);
        Assert.Equal(("Robert Schneider AG", "Rue du Lac", "1268", "2501", "Biel", "CH"),
            (facture.Creancier.Nom, facture.Creancier.Rue, facture.Creancier.Numero, facture.Creancier.CodePostal, facture.Creancier.Localite, facture.Creancier.Pays));
        Assert.Equal(1949.75m, facture.Montant);
        Assert.Equal("CHF", facture.Monnaie);
        Assert.Equal("Pia-Maria Rutschmann-Schnyder", facture.Debiteur?.Nom);
        Assert.Equal((TypeReference.Qrr, "210000000003139471430009017"), (facture.Reference.Type, facture.Reference.Valeur));
        Assert.Equal("Auftrag vom 15.06.2020", facture.Message);
        Assert.StartsWith("//S1/10/10201409", facture.InformationsFacturation, StringComparison.Ordinal);
        Assert.Equal(2, facture.ProceduresAlternatives.Count);
    }

    [Fact]
    public void Generer_GuidelinesExample_GivesTheSamePayloadBack() =>
        Assert.Equal(ExempleSix, GenerateurFactureQr.Generer(LecteurFactureQr.Lire(ExempleSix).Value));

    [Fact]
    public void Lire_CrLfAndOneTrailingLineBreak_AreAccepted() =>
        Assert.True(LecteurFactureQr.Lire(ExempleSix.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n").IsSuccess);

    [Fact]
    public void Generer_WithoutOptionalElements_Has31LinesEndingWithEpdAndNoLineBreak()
    {
        var facture = Facture(Iban.Lire("CH9300762011623852957").Value, ReferencePaiement.Aucune, montant: null, debiteur: null);

        var payload = GenerateurFactureQr.Generer(facture);

        var lignes = payload.Split('\n');
        Assert.Equal(31, lignes.Length);
        Assert.Equal("EPD", lignes[^1]);
        Assert.False(payload.EndsWith('\n'));
        Assert.Equal(["SPC", "0200", "1", "CH9300762011623852957", "S"], lignes[..5]);
        Assert.All(lignes[11..18], l => Assert.Equal(string.Empty, l)); // ultimate creditor: reserved, empty
        Assert.Equal(string.Empty, lignes[18]); // open amount
        Assert.All(lignes[20..27], l => Assert.Equal(string.Empty, l)); // debtor left to the payer
        Assert.Equal(["NON", string.Empty], lignes[27..29]);
    }

    [Fact]
    public void Generer_AlternativeProcedureWithoutBillInformation_KeepsTheEmptyBillInformationLine()
    {
        var facture = FactureQr.Creer(
            Iban.Lire("CH9300762011623852957").Value, Adresse("Service social"), 10m, "EUR", null,
            ReferencePaiement.Creancier(ReferenceCreancier.Generer("F2026").Value), proceduresAlternatives: ["eBill/B/41010560425610173"]).Value;

        var lignes = GenerateurFactureQr.Generer(facture).Split('\n');

        Assert.Equal(["EPD", string.Empty, "eBill/B/41010560425610173"], lignes[30..]);
        Assert.Equal("10.00", lignes[18]);
        Assert.Equal(facture.Reference.Valeur, LecteurFactureQr.Lire(string.Join('\n', lignes)).Value.Reference.Valeur);
    }

    [Theory]
    [InlineData(1234567.5, "1234567.50")]
    [InlineData(0.05, "0.05")]
    [InlineData(999999999.99, "999999999.99")]
    public void Generer_Amount_TwoDecimalsWithAPoint(decimal montant, string attendu)
    {
        var facture = Facture(Iban.Lire("CH4431999123000889012").Value, ReferencePaiement.Qr(ReferenceQr.Generer("42").Value), montant);

        Assert.Equal(attendu, GenerateurFactureQr.Generer(facture).Split('\n')[18]);
    }

    [Fact]
    public void Creer_QrIbanWithCreditorReference_IsRefused()
    {
        var resultat = FactureQr.Creer(
            Iban.Lire("CH4431999123000889012").Value, Adresse("Régie"), 10m, "CHF", null,
            ReferencePaiement.Creancier(ReferenceCreancier.Lire("RF18539007547034").Value));

        Assert.Equal("comptabilite.reference-incompatible", resultat.Error?.Code);
    }

    [Fact]
    public void Creer_QrReferenceOnAnOrdinaryIban_IsRefused()
    {
        var resultat = FactureQr.Creer(
            Iban.Lire("CH9300762011623852957").Value, Adresse("Régie"), 10m, "CHF", null, ReferencePaiement.Qr(ReferenceQr.Generer("1").Value));

        Assert.Equal("comptabilite.reference-incompatible", resultat.Error?.Code);
    }

    [Theory]
    [InlineData(0.001, "deux décimales")]
    [InlineData(0, "positif")]
    [InlineData(1000000000, "maximum")]
    public void Creer_InvalidAmount_IsRefused(decimal montant, string explication)
    {
        var resultat = FactureQr.Creer(Iban.Lire("CH9300762011623852957").Value, Adresse("Régie"), montant, "CHF", null, ReferencePaiement.Aucune);

        Assert.Equal("comptabilite.montant-invalide", resultat.Error?.Code);
        Assert.Contains(explication, resultat.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Creer_ForeignIbanUsdOrTooLongMessages_AreRefused()
    {
        var iban = Iban.Lire("CH9300762011623852957").Value;

        Assert.Equal("comptabilite.iban-non-suisse", FactureQr.Creer(Iban.Lire("DE89370400440532013000").Value, Adresse("A"), 1m, "CHF", null, ReferencePaiement.Aucune).Error?.Code);
        Assert.Equal("comptabilite.facture-qr-invalide", FactureQr.Creer(iban, Adresse("A"), 1m, "USD", null, ReferencePaiement.Aucune).Error?.Code);
        Assert.Equal("comptabilite.facture-qr-invalide", FactureQr.Creer(iban, Adresse("A"), 1m, "CHF", null, ReferencePaiement.Aucune, new string('m', 100), new string('b', 41)).Error?.Code);
        Assert.Equal("comptabilite.facture-qr-invalide", FactureQr.Creer(iban, Adresse("A"), 1m, "CHF", null, ReferencePaiement.Aucune, proceduresAlternatives: ["a", "b", "c"]).Error?.Code);
    }

    [Theory]
    [InlineData("\nS\nRobert Schneider AG\nRue du Lac\n1268\n2501\nBiel\nCH\n", "\nK\nRobert Schneider AG\nRue du Lac 1268\n2501 Biel\n\n\nCH\n", "adresse combinée (K)")]
    [InlineData("\n0200\n", "\n0100\n", "Version « 0100 »")]
    [InlineData("\nEPD\n", "\nEND\n", "« EPD »")]
    [InlineData("\n1949.75\n", "\n1949,75\n", "montant « 1949,75 » illisible")]
    [InlineData("\n1949.75\n", "\n1949.755\n", "deux décimales")]
    [InlineData("\nQRR\n", "\nABC\n", "type de référence « ABC » inconnu")]
    [InlineData("210000000003139471430009017", "210000000003139471430009018", "chiffre de contrôle")]
    [InlineData("CH4431999123000889012", "CH4431999123000889013", "modulo 97")]
    [InlineData("CH4431999123000889012", "DE89370400440532013000", "suisse ou liechtensteinois")]
    [InlineData("\nQRR\n210000000003139471430009017\n", "\nSCOR\nRF18539007547034\n", "QR-IBAN n'accepte qu'une référence QR")]
    [InlineData("\nCHF\n", "\nUSD\n", "CHF ou en EUR")]
    public void Lire_BrokenPayload_NamesTheProblem(string original, string remplacement, string explication)
    {
        var payload = ExempleSix.Replace(original, remplacement, StringComparison.Ordinal);
        Assert.NotEqual(ExempleSix, payload);

        var erreur = LecteurFactureQr.Lire(payload).Error!;

        Assert.Contains(explication, erreur.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("BCD\n001\n1\nSCT")]
    [InlineData("SPC\n0200\n1")]
    public void Lire_NotAQrBill_IsRefused(string payload) =>
        Assert.Equal("comptabilite.facture-qr-invalide", LecteurFactureQr.Lire(payload).Error?.Code);

    [Fact]
    public void Lire_MoreThan997Characters_IsRefused()
    {
        var payload = ExempleSix + "\n" + new string('x', 998 - ExempleSix.Length);

        Assert.Contains("997", LecteurFactureQr.Lire(payload + "xxx").Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lire_UltimateCreditorFilled_IsRefused()
    {
        var lignes = ExempleSix.Split('\n');
        lignes[12] = "Autre créancier";

        Assert.Contains("créancier final", LecteurFactureQr.Lire(string.Join('\n', lignes)).Error?.Message, StringComparison.Ordinal);
    }

    private static FactureQr Facture(Iban compte, ReferencePaiement reference, decimal? montant = 100m, AdresseStructuree? debiteur = null) =>
        FactureQr.Creer(compte, Adresse("Service social de Bienne"), montant, "CHF", debiteur, reference).Value;

    private static AdresseStructuree Adresse(string nom) =>
        AdresseStructuree.Creer(nom, "Rue Centrale", "49", "2502", "Biel/Bienne", "CH").Value;
}
