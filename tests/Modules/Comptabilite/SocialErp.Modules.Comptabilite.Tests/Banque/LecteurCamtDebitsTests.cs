using System.Text;
using System.Xml.Linq;
using SocialErp.Bench.Data;
using SocialErp.Modules.Comptabilite.Banque.Camt;
using SocialErp.Modules.Comptabilite.Banque.Pain001;

namespace SocialErp.Modules.Comptabilite.Tests.Banque;

/// <summary>The bank's debit notification for our pain.001: every transfer comes back with its ids and amount.</summary>
[Trait("Category", "Unit")]
public sealed class LecteurCamtDebitsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Pain001Executed_DebitNotification_GivesBackIdsAndAmounts(bool transactions)
    {
        var mixte = LotsVirementsExemples.Mixte();
        var lot = mixte with { Ordres = mixte.Ordres.Where(o => o.Monnaie == "CHF").ToList() };
        var pain001 = XDocument.Load(new MemoryStream(RedacteurPain001.Ecrire(lot).Value));
        using var flux = new MemoryStream();
        GenerateurCamt054Debits.Ecrire(flux, pain001, new DateOnly(2026, 3, 2), transactions: transactions);

        Assert.Empty(DonneesIso20022.ErreursSchema(flux.ToArray(), DonneesIso20022.SchemaCamt054V08));
        var releve = LecteurCamtDebits.Lire(new MemoryStream(flux.ToArray())).Value;

        Assert.Equal("camt.054.001.08", releve.Version);
        Assert.Equal(lot.Ordres.Sum(o => o.Montant), releve.Debits.Sum(d => d.Montant));
        Assert.All(releve.Debits, d => Assert.Equal(new DateOnly(2026, 3, 2), d.DateComptabilisation));
        Assert.All(releve.Debits, d => Assert.StartsWith(lot.Identifiant, d.PmtInfId, StringComparison.Ordinal));
        if (transactions)
        {
            Assert.Equal(lot.Ordres.Select(o => (o.Identifiant, o.Montant)).Order(), releve.Debits.Select(d => (d.EndToEndId!, d.Montant)).Order());
        }
        else
        {
            Assert.Equal(lot.Ordres.Count, Assert.Single(releve.Debits).NombreTransactions);
        }
    }

    [Fact]
    public void CreditNotification_HasNoDebits_EntriesCountedAsLeftAside()
    {
        var releve = LecteurCamtDebits.Lire(new MemoryStream(DonneesIso20022.Lire(DonneesIso20022.Camt054V08))).Value;

        Assert.Empty(releve.Debits);
        Assert.True(releve.EcrituresIgnorees > 0);
    }

    [Theory]
    [InlineData("pas du xml", "comptabilite.camt-illisible")]
    [InlineData("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.052.001.08\"/>", "comptabilite.camt-version-inconnue")]
    [InlineData("<!DOCTYPE x [<!ENTITY a \"b\">]><Document/>", "comptabilite.camt-illisible")]
    public void UnreadableOrUnknownFile_Refused(string contenu, string code) =>
        Assert.Equal(code, LecteurCamtDebits.Lire(new MemoryStream(Encoding.UTF8.GetBytes(contenu))).Error?.Code);
}
