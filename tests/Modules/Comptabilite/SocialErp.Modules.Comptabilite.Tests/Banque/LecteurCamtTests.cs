using System.Globalization;
using System.Text;
using System.Xml.Linq;
using SocialErp.Modules.Comptabilite.Banque.Camt;
using SocialErp.Modules.Comptabilite.Banque.Identifiants;

namespace SocialErp.Modules.Comptabilite.Tests.Banque;

[Trait("Category", "Unit")]
public sealed class LecteurCamtTests
{
    [Theory]
    [InlineData(DonneesIso20022.Camt054V08, "camt.054.001.08")]
    [InlineData(DonneesIso20022.Camt054V04, "camt.054.001.04")]
    public void Lire_RealSample_GivesOneCreditPerTransactionDetail(string fichier, string version)
    {
        var document = XDocument.Load(DonneesIso20022.Chemin(fichier));
        XNamespace ns = document.Root!.Name.Namespace;
        var details = document.Descendants(ns + "TxDtls").ToList();

        var releve = Lire(DonneesIso20022.Lire(fichier));

        Assert.Equal(version, releve.Version);
        Assert.Equal(document.Descendants(ns + "GrpHdr").Single().Element(ns + "MsgId")!.Value, releve.IdentifiantMessage);
        Assert.Equal(details.Count, releve.Credits.Count);
        Assert.Equal(Montant(document.Descendants(ns + "Ntry").Single().Element(ns + "Amt")!), releve.Credits.Sum(c => c.Montant));
        for (var i = 0; i < details.Count; i++)
        {
            var detail = details[i];
            var credit = releve.Credits[i];
            Assert.Equal(Montant(detail.Element(ns + "Amt")!), credit.Montant);
            Assert.Equal("CHF", credit.Monnaie);
            Assert.Equal(TypeReference.Qrr, credit.TypeReference);
            Assert.Equal(detail.Descendants(ns + "CdtrRefInf").Single().Element(ns + "Ref")!.Value, credit.Reference);
            Assert.True(ReferenceQr.Lire(credit.Reference).IsSuccess);
            Assert.Equal(detail.Element(ns + "Refs")!.Element(ns + "AcctSvcrRef")!.Value, credit.ReferenceBanque);
            Assert.Equal(detail.Descendants(ns + "Dbtr").Descendants(ns + "Nm").Single().Value, credit.NomDebiteur);
            Assert.Equal(document.Descendants(ns + "Acct").First().Descendants(ns + "IBAN").Single().Value, credit.CompteCredite);
            Assert.Equal(DateOnly.Parse(document.Descendants(ns + "BookgDt").Single().Value, CultureInfo.InvariantCulture), credit.DateComptabilisation);
            Assert.Equal(DateOnly.Parse(document.Descendants(ns + "ValDt").Single().Value, CultureInfo.InvariantCulture), credit.DateValeur);
        }
    }

    [Fact]
    public void Lire_SameNotificationInVersions04And08_GivesTheSameCreditsAndKeys()
    {
        // .04 has <Sts>BOOK</Sts> and Dbtr/Nm; .08 has <Sts><Cd>BOOK</Cd></Sts> and Dbtr/Pty/Nm.
        var v04 = Lire(DonneesIso20022.Lire(DonneesIso20022.Camt054V04)).Credits;
        var v08 = Lire(DonneesIso20022.Lire(DonneesIso20022.Camt054V08)).Credits;

        Assert.Equal(v04, v08);
    }

    [Fact]
    public void Lire_Twice_GivesTheSameDistinctIdempotencyKeys()
    {
        var premiere = Lire(DonneesIso20022.Lire(DonneesIso20022.Camt054V08)).Credits.Select(c => c.CleIdempotence).ToList();
        var seconde = Lire(DonneesIso20022.Lire(DonneesIso20022.Camt054V08)).Credits.Select(c => c.CleIdempotence).ToList();

        Assert.Equal(premiere, seconde);
        Assert.Equal(premiere.Count, premiere.Distinct().Count());
    }

    [Fact]
    public void Lire_TwoIdenticalCreditsWithoutBankReferences_GetDistinctKeys()
    {
        var document = Echantillon(out var ns);
        foreach (var refs in document.Descendants(ns + "Refs").ToList())
        {
            refs.Remove();
        }

        var details = document.Descendants(ns + "TxDtls").ToList();
        details[1].ReplaceWith(new XElement(details[0]));

        var credits = Lire(document).Credits;

        Assert.Equal(credits[0] with { CleIdempotence = "" }, credits[1] with { CleIdempotence = "" });
        Assert.NotEqual(credits[0].CleIdempotence, credits[1].CleIdempotence);
    }

    [Theory]
    [InlineData("CdtDbtInd", "DBIT")]
    [InlineData("RvslInd", "true")]
    [InlineData("Cd", "PDNG")]
    public void Lire_DebitReversalOrPendingEntry_IsLeftAside(string element, string valeur)
    {
        var document = Echantillon(out var ns);
        var ntry = document.Descendants(ns + "Ntry").Single();
        (element == "Cd" ? ntry.Element(ns + "Sts")!.Element(ns + "Cd")! : ntry.Element(ns + element)!).Value = valeur;

        var releve = Lire(document);

        Assert.Empty(releve.Credits);
        Assert.Equal(1, releve.EcrituresIgnorees);
    }

    [Fact]
    public void Lire_EntryWithoutDetails_IsOneCreditOfTheEntryAmount()
    {
        var document = Echantillon(out var ns);
        document.Descendants(ns + "NtryDtls").Single().Remove();

        var credit = Assert.Single(Lire(document).Credits);

        Assert.Equal(Montant(document.Descendants(ns + "Ntry").Single().Element(ns + "Amt")!), credit.Montant);
        Assert.Equal(document.Descendants(ns + "Ntry").Single().Element(ns + "AcctSvcrRef")!.Value, credit.ReferenceBanque);
        Assert.Equal(TypeReference.Non, credit.TypeReference);
    }

    [Fact]
    public void Lire_ReferenceWithoutType_IsRecognisedByItsFormat()
    {
        var document = Echantillon(out var ns);
        var infos = document.Descendants(ns + "CdtrRefInf").ToList();
        infos[0].Element(ns + "Tp")!.Remove();
        infos[1].Element(ns + "Tp")!.Remove();
        var creancier = ReferenceCreancier.Generer("FACT2026").Value;
        infos[1].Element(ns + "Ref")!.Value = creancier.Formatee.ToLowerInvariant();

        var credits = Lire(document).Credits;

        Assert.Equal(TypeReference.Qrr, credits[0].TypeReference);
        Assert.Equal((TypeReference.Scor, creancier.Valeur), (credits[1].TypeReference, credits[1].Reference));
    }

    [Fact]
    public void Lire_Camt053Statement_ReadsTheSameEntries()
    {
        var document = Echantillon(out var ns);
        XNamespace ns053 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";
        foreach (var element in document.Descendants().ToList())
        {
            element.Name = ns053 + (element.Name.LocalName switch
            {
                "BkToCstmrDbtCdtNtfctn" => "BkToCstmrStmt",
                "Ntfctn" => "Stmt",
                _ => element.Name.LocalName,
            });
        }

        foreach (var attribut in document.Root!.Attributes().Where(a => a.IsNamespaceDeclaration).ToList())
        {
            attribut.Remove();
        }

        var releve = Lire(document);

        Assert.Equal("camt.053.001.08", releve.Version);
        Assert.Equal(Lire(DonneesIso20022.Lire(DonneesIso20022.Camt054V08)).Credits, releve.Credits);
    }

    [Theory]
    [InlineData("Date;Montant\n2026-11-20;100.00\n")]
    [InlineData("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\"><BkToCstmrDbtCdtNtfctn><Ntry>")]
    [InlineData("")]
    public void Lire_NotXml_IsRefusedAsUnreadable(string contenu)
    {
        var erreur = LecteurCamt.Lire(new MemoryStream(Encoding.UTF8.GetBytes(contenu))).Error!;

        Assert.Equal("comptabilite.camt-illisible", erreur.Code);
        Assert.True(erreur.Fields!.ContainsKey("fichier"));
    }

    [Fact]
    public void Lire_BinaryFile_IsRefusedAsUnreadable()
    {
        var pdfOuZip = new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0xFF, 0xFE, 0x00, 0x9C, 0x50, 0x4B, 0x03, 0x04, 0xC3, 0x28 };

        Assert.Equal("comptabilite.camt-illisible", LecteurCamt.Lire(new MemoryStream(pdfOuZip)).Error?.Code);
    }

    [Fact]
    public void Lire_InvalidUtf8InsideTheDocument_IsRefusedAsUnreadable()
    {
        var texte = System.Text.Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\"><BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>");
        var xml = texte.Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(System.Text.Encoding.UTF8.GetBytes("</MsgId></GrpHdr></BkToCstmrDbtCdtNtfctn></Document>")).ToArray();

        Assert.Equal("comptabilite.camt-illisible", LecteurCamt.Lire(new MemoryStream(xml)).Error?.Code);
    }

    [Fact]
    public void Lire_DocumentTypeDeclaration_IsRefused()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\">&e;</Document>";

        Assert.Equal("comptabilite.camt-illisible", LecteurCamt.Lire(new MemoryStream(Encoding.UTF8.GetBytes(xml))).Error?.Code);
    }

    [Theory]
    [InlineData("urn:iso:std:iso:20022:tech:xsd:camt.054.001.02")]
    [InlineData("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09")]
    [InlineData("")]
    public void Lire_UnknownMessageOrVersion_IsRefusedNamingTheAcceptedOnes(string espaceDeNoms)
    {
        var xml = DonneesIso20022.Lire(DonneesIso20022.Camt054V08);
        var texte = Encoding.UTF8.GetString(xml).Replace(
            "xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\"", $"xmlns=\"{espaceDeNoms}\"", StringComparison.Ordinal);

        var erreur = LecteurCamt.Lire(new MemoryStream(Encoding.UTF8.GetBytes(texte))).Error!;

        Assert.Equal("comptabilite.camt-version-inconnue", erreur.Code);
        Assert.Contains("camt.054.001.08", erreur.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lire_UnreadableAmount_RefusesTheWholeFile()
    {
        var document = Echantillon(out var ns);
        document.Descendants(ns + "TxDtls").Last().Element(ns + "Amt")!.Value = "913,93";

        var erreur = LecteurCamt.Lire(Flux(document)).Error!;

        Assert.Equal("comptabilite.camt-illisible", erreur.Code);
        Assert.Contains("Écriture n° 1", erreur.Message, StringComparison.Ordinal);
    }

    private static XDocument Echantillon(out XNamespace ns)
    {
        var document = XDocument.Load(DonneesIso20022.Chemin(DonneesIso20022.Camt054V08));
        ns = document.Root!.Name.Namespace;
        return document;
    }

    private static ReleveCamt Lire(byte[] xml) => LecteurCamt.Lire(new MemoryStream(xml)).Value;

    private static ReleveCamt Lire(XDocument document) => LecteurCamt.Lire(Flux(document)).Value;

    private static MemoryStream Flux(XDocument document)
    {
        var flux = new MemoryStream();
        document.Save(flux);
        flux.Position = 0;
        return flux;
    }

    private static decimal Montant(XElement element) => decimal.Parse(element.Value, CultureInfo.InvariantCulture);
}
