using System.Globalization;
using System.Xml.Linq;
using SocialErp.Modules.Comptabilite.Banque;
using SocialErp.Modules.Comptabilite.Banque.Identifiants;
using SocialErp.Modules.Comptabilite.Banque.Pain001;

namespace SocialErp.Modules.Comptabilite.Tests.Banque;

[Trait("Category", "Unit")]
public sealed class RedacteurPain001Tests
{
    private static readonly XNamespace Ns = RedacteurPain001.EspaceDeNoms;

    [Fact]
    public void Ecrire_MixedBatch_ValidatesAgainstTheSwissSchema()
    {
        var xml = RedacteurPain001.Ecrire(LotsVirementsExemples.Mixte()).Value;

        Assert.Empty(DonneesIso20022.ErreursSchema(xml, DonneesIso20022.SchemaPain001));
    }

    [Theory]
    [InlineData("<MsgId>LOT-2026-11-001</MsgId>", "<MsgId>LOT_2026_11_001</MsgId>")] // outside the SWIFT set
    [InlineData("<Ctry>CH</Ctry>", "<Ctry>Suisse</Ctry>")]
    [InlineData("<PmtMtd>TRF</PmtMtd>", "")]
    public void SchemaValidation_BitesOnABrokenFile(string original, string remplacement)
    {
        var xml = System.Text.Encoding.UTF8.GetString(RedacteurPain001.Ecrire(LotsVirementsExemples.Mixte()).Value);
        Assert.Contains(original, xml, StringComparison.Ordinal);

        var casse = System.Text.Encoding.UTF8.GetBytes(xml.Replace(original, remplacement, StringComparison.Ordinal));

        Assert.NotEmpty(DonneesIso20022.ErreursSchema(casse, DonneesIso20022.SchemaPain001));
    }

    [Fact]
    public void Ecrire_CountsAndControlSums_MatchTheTransactionsAtEveryLevel()
    {
        var lot = LotsVirementsExemples.Mixte();
        var document = Charger(RedacteurPain001.Ecrire(lot).Value);

        var entete = document.Descendants(Ns + "GrpHdr").Single();
        var montants = document.Descendants(Ns + "InstdAmt").Select(Montant).ToList();
        Assert.Equal(lot.Ordres.Count, int.Parse(entete.Element(Ns + "NbOfTxs")!.Value, CultureInfo.InvariantCulture));
        Assert.Equal(montants.Sum(), Montant(entete.Element(Ns + "CtrlSum")!));
        Assert.Equal(lot.Ordres.Sum(o => o.Montant), montants.Sum());

        var blocs = document.Descendants(Ns + "PmtInf").ToList();
        Assert.Equal(2, blocs.Count); // CHF and EUR
        foreach (var bloc in blocs)
        {
            var transactions = bloc.Elements(Ns + "CdtTrfTxInf").ToList();
            Assert.Equal(transactions.Count, int.Parse(bloc.Element(Ns + "NbOfTxs")!.Value, CultureInfo.InvariantCulture));
            Assert.Equal(transactions.Sum(t => Montant(t.Descendants(Ns + "InstdAmt").Single())), Montant(bloc.Element(Ns + "CtrlSum")!));
            Assert.Single(transactions.Select(t => t.Descendants(Ns + "InstdAmt").Single().Attribute("Ccy")!.Value).Distinct());
            Assert.Equal("2026-11-25", bloc.Element(Ns + "ReqdExctnDt")!.Element(Ns + "Dt")!.Value);
        }
    }

    [Fact]
    public void Ecrire_References_QrrAsProprietaryScorAsCodeOtherwiseUnstructured()
    {
        var lot = LotsVirementsExemples.Mixte();
        var transactions = Charger(RedacteurPain001.Ecrire(lot).Value).Descendants(Ns + "CdtTrfTxInf")
            .ToDictionary(t => t.Element(Ns + "PmtId")!.Element(Ns + "EndToEndId")!.Value);

        var qrr = transactions["PO-2026-000001"].Element(Ns + "RmtInf")!.Element(Ns + "Strd")!;
        Assert.Equal("QRR", qrr.Descendants(Ns + "Prtry").Single().Value);
        Assert.Equal(lot.Ordres[0].Reference.Valeur, qrr.Descendants(Ns + "Ref").Single().Value);
        Assert.Equal("Loyer novembre Müller", qrr.Element(Ns + "AddtlRmtInf")!.Value); // the dash is outside the SPS set

        var scor = transactions["PO-2026-000002"].Descendants(Ns + "CdtrRefInf").Single();
        Assert.Equal("SCOR", scor.Descendants(Ns + "Cd").Single().Value);
        Assert.Equal(lot.Ordres[1].Reference.Valeur, scor.Element(Ns + "Ref")!.Value);

        Assert.Equal("Aide sociale novembre 2026", transactions["PO-2026-000003"].Descendants(Ns + "Ustrd").Single().Value);
        Assert.Null(transactions["PO-2026-000004"].Element(Ns + "RmtInf"));
    }

    [Fact]
    public void Ecrire_Creditor_HasAStructuredAddress()
    {
        var transaction = Charger(RedacteurPain001.Ecrire(LotsVirementsExemples.Mixte()).Value).Descendants(Ns + "CdtTrfTxInf").First();

        var adresse = transaction.Element(Ns + "Cdtr")!.Element(Ns + "PstlAdr")!;
        Assert.Equal(["StrtNm", "BldgNb", "PstCd", "TwnNm", "Ctry"], adresse.Elements().Select(e => e.Name.LocalName));
        Assert.Empty(adresse.Elements(Ns + "AdrLine"));
    }

    [Fact]
    public void Ecrire_IdsOutsideTheSwiftSet_AreSanitisedAndStillValid()
    {
        var lot = LotsVirementsExemples.Mixte() with { Identifiant = "Lot n°7 · Décembre_2026" };
        lot = lot with { Ordres = [lot.Ordres[0] with { Identifiant = "Ordre n°1 (Müller)" }] };

        var xml = RedacteurPain001.Ecrire(lot).Value;

        Assert.Empty(DonneesIso20022.ErreursSchema(xml, DonneesIso20022.SchemaPain001));
        var document = Charger(xml);
        foreach (var nom in new[] { "MsgId", "PmtInfId", "InstrId", "EndToEndId" })
        {
            Assert.All(document.Descendants(Ns + nom).Single().Value, c => Assert.True(CaracteresIso20022.EstSwift(c), $"{nom}: {c}"));
        }

        Assert.Equal("Ordre n.1 (Mueller)", document.Descendants(Ns + "EndToEndId").Single().Value);
    }

    [Fact]
    public void Ecrire_ForeignCreditorIban_IsRefused()
    {
        var lot = AvecOrdre(0, o => o with { Compte = Iban.Lire("DE89370400440532013000").Value, Reference = ReferencePaiement.Aucune });

        var erreur = RedacteurPain001.Ecrire(lot).Error!;

        Assert.Equal("comptabilite.iban-non-suisse", erreur.Code);
        Assert.True(erreur.Fields!.ContainsKey("ordres[0].iban"));
    }

    [Fact]
    public void Ecrire_QrIbanWithoutQrReference_IsRefused()
    {
        var lot = AvecOrdre(0, o => o with { Reference = ReferencePaiement.Aucune });

        var erreur = RedacteurPain001.Ecrire(lot).Error!;

        Assert.Equal("comptabilite.reference-incompatible", erreur.Code);
        Assert.True(erreur.Fields!.ContainsKey("ordres[0].reference"));
    }

    [Fact]
    public void Ecrire_QrReferenceToAnOrdinaryIban_IsRefused() =>
        Assert.Equal("comptabilite.reference-incompatible", RedacteurPain001.Ecrire(
            AvecOrdre(1, o => o with { Reference = ReferencePaiement.Qr(ReferenceQr.Generer("5").Value) })).Error?.Code);

    [Theory]
    [InlineData(10.005)]
    [InlineData(0)]
    [InlineData(-5)]
    public void Ecrire_InvalidAmount_IsRefused(decimal montant) =>
        Assert.Equal("comptabilite.montant-invalide", RedacteurPain001.Ecrire(AvecOrdre(2, o => o with { Montant = montant })).Error?.Code);

    [Fact]
    public void Ecrire_IdsEqualOnceSanitised_AreRefused()
    {
        var lot = AvecOrdre(1, o => o with { Identifiant = "PO-2026-000001" });

        Assert.Equal("comptabilite.lot-invalide", RedacteurPain001.Ecrire(lot).Error?.Code);
    }

    [Fact]
    public void Ecrire_EmptyBatchForeignDebtorBadBicOrCurrency_AreRefused()
    {
        var lot = LotsVirementsExemples.Mixte();

        Assert.Equal("comptabilite.lot-invalide", RedacteurPain001.Ecrire(lot with { Ordres = [] }).Error?.Code);
        Assert.Equal("comptabilite.iban-non-suisse", RedacteurPain001.Ecrire(lot with
        {
            DonneurOrdre = lot.DonneurOrdre with { Compte = Iban.Lire("DE89370400440532013000").Value },
        }).Error?.Code);
        Assert.Equal("comptabilite.lot-invalide", RedacteurPain001.Ecrire(lot with { DonneurOrdre = lot.DonneurOrdre with { Bic = "POFI" } }).Error?.Code);
        Assert.Equal("comptabilite.lot-invalide", RedacteurPain001.Ecrire(AvecOrdre(3, o => o with { Monnaie = "USD" })).Error?.Code);
        Assert.Equal("comptabilite.lot-invalide", RedacteurPain001.Ecrire(AvecOrdre(3, o => o with { Communication = new string('x', 141) })).Error?.Code);
    }

    private static LotVirements AvecOrdre(int index, Func<OrdreVirement, OrdreVirement> modifier)
    {
        var lot = LotsVirementsExemples.Mixte();
        var ordres = lot.Ordres.ToList();
        ordres[index] = modifier(ordres[index]);
        return lot with { Ordres = ordres };
    }

    private static XDocument Charger(byte[] xml) => XDocument.Load(new MemoryStream(xml));

    private static decimal Montant(XElement element) => decimal.Parse(element.Value, CultureInfo.InvariantCulture);
}
