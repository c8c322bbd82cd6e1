using System.Globalization;
using System.Xml.Linq;
using SocialErp.Bench.Data;
using SocialErp.Modules.Comptabilite.Banque.Camt;
using SocialErp.Modules.Comptabilite.Banque.Pain001;

namespace SocialErp.Modules.Comptabilite.Tests.Banque;

/// <summary>
/// A batch written as pain.001, paid by the bank and reported back as camt.054.001.08 to the creditors' side:
/// the credits read from the notification carry the very references, amounts and end-to-end ids of the batch.
/// </summary>
[Trait("Category", "Unit")]
public sealed class AllerRetourPain001Camt054Tests
{
    private static readonly XNamespace Pain = RedacteurPain001.EspaceDeNoms;

    [Fact]
    public void Pain001Paid_ReportedAsCamt054_EveryReferenceMatches()
    {
        var mixte = LotsVirementsExemples.Mixte();
        var lot = mixte with { Ordres = mixte.Ordres.Where(o => o.Monnaie == "CHF").ToList() }; // the notified account is in CHF
        var pain001 = RedacteurPain001.Ecrire(lot).Value;

        var camt054 = NotificationDuPaiement(pain001);

        Assert.Empty(DonneesIso20022.ErreursSchema(camt054, DonneesIso20022.SchemaCamt054V08));
        var credits = LecteurCamt.Lire(new MemoryStream(camt054)).Value.Credits.ToDictionary(c => c.EndToEndId!);
        Assert.Equal(lot.Ordres.Count, credits.Count);
        foreach (var ordre in lot.Ordres)
        {
            var credit = credits[ordre.Identifiant];
            Assert.Equal(ordre.Montant, credit.Montant);
            Assert.Equal(ordre.Reference.Type, credit.TypeReference);
            Assert.Equal(ordre.Reference.Valeur, credit.Reference);
            Assert.Equal("Service social régional de Bienne", credit.NomDebiteur);
        }

        Assert.Equal(credits.Count, credits.Values.Select(c => c.CleIdempotence).Distinct().Count());
    }

    /// <summary>The camt.054 a bank would send for the transactions of <paramref name="pain001"/>, built from the file itself.</summary>
    private static byte[] NotificationDuPaiement(byte[] pain001)
    {
        var document = XDocument.Load(new MemoryStream(pain001));
        var debiteur = document.Descendants(Pain + "Dbtr").First().Element(Pain + "Nm")!.Value;
        var credits = document.Descendants(Pain + "CdtTrfTxInf").Select((transaction, i) =>
        {
            var reference = transaction.Descendants(Pain + "CdtrRefInf").SingleOrDefault();
            return new CreditSynthetique(
                decimal.Parse(transaction.Descendants(Pain + "InstdAmt").Single().Value, CultureInfo.InvariantCulture),
                reference?.Element(Pain + "Tp")!.Element(Pain + "CdOrPrtry")!.Elements().Single().Value,
                reference?.Element(Pain + "Ref")!.Value,
                debiteur,
                $"BNK{i:D6}",
                transaction.Element(Pain + "PmtId")!.Element(Pain + "EndToEndId")!.Value);
        });

        using var flux = new MemoryStream();
        GenerateurCamt054.Ecrire(flux, "CH4431999123000889012", new DateOnly(2026, 11, 25), credits, "ALLER-RETOUR", creditsParEcriture: 3);
        return flux.ToArray();
    }
}
