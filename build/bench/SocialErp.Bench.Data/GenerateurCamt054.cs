using System.Globalization;
using System.Text;
using System.Xml;

namespace SocialErp.Bench.Data;

/// <summary>
/// Synthetic bank notifications camt.054.001.08 (Swiss Payment Standards 2022) crediting given references, the way
/// PostFinance reports QR-bill payments: batch entries ("Sammelgutschrift") of several transaction details, each
/// with its amount, debtor, bank reference and QRR/SCOR creditor reference. The output validates against
/// <c>camt.054.001.08.xsd</c>. Used by the camt benchmarks and by round-trip tests (pain.001 paid → camt.054).
/// </summary>
public static class GenerateurCamt054
{
    public const string EspaceDeNoms = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.08";

    private static readonly int[] TableModulo10 = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5];

    /// <summary>
    /// <paramref name="nombre"/> deterministic credits with valid QR references (invoice number i), amounts from
    /// 10.00 to 5 000.00 and debtors from <see cref="GenerateurPersonnes"/>.
    /// </summary>
    public static IEnumerable<CreditSynthetique> Credits(int nombre, int graine = 20261122)
    {
        var random = new Random(graine);
        var i = 0;
        foreach (var personne in GenerateurPersonnes.Generer(nombre, graine))
        {
            i++;
            var corps = i.ToString("D26", CultureInfo.InvariantCulture);
            yield return new CreditSynthetique(
                random.Next(1_000, 500_000) / 100m,
                "QRR",
                corps + CleModulo10(corps),
                $"{personne.Prenom} {personne.Nom}",
                $"BNK{i:D12}");
        }
    }

    /// <summary>Writes a notification of <paramref name="credits"/> booked on <paramref name="dateComptabilisation"/>.</summary>
    public static void Ecrire(
        Stream sortie,
        string ibanCompte,
        DateOnly dateComptabilisation,
        IEnumerable<CreditSynthetique> credits,
        string identifiantMessage = "BENCH-CAMT054",
        int creditsParEcriture = 50)
    {
        var reglages = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var xml = XmlWriter.Create(sortie, reglages);
        var date = dateComptabilisation.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        xml.WriteStartDocument();
        xml.WriteStartElement("Document", EspaceDeNoms);
        xml.WriteStartElement("BkToCstmrDbtCdtNtfctn");
        xml.WriteStartElement("GrpHdr");
        xml.WriteElementString("MsgId", identifiantMessage);
        xml.WriteElementString("CreDtTm", $"{date}T23:00:00");
        xml.WriteEndElement();
        xml.WriteStartElement("Ntfctn");
        xml.WriteElementString("Id", identifiantMessage + "-1");
        xml.WriteElementString("CreDtTm", $"{date}T23:00:00");
        xml.WriteStartElement("Acct");
        xml.WriteStartElement("Id");
        xml.WriteElementString("IBAN", ibanCompte);
        xml.WriteEndElement();
        xml.WriteEndElement();
        var numero = 0;
        foreach (var lot in credits.Chunk(creditsParEcriture))
        {
            EcrireEcriture(xml, date, ++numero, lot);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void EcrireEcriture(XmlWriter xml, string date, int numero, CreditSynthetique[] credits)
    {
        xml.WriteStartElement("Ntry");
        EcrireMontant(xml, credits.Sum(c => c.Montant));
        xml.WriteElementString("CdtDbtInd", "CRDT");
        xml.WriteElementString("RvslInd", "false");
        xml.WriteStartElement("Sts");
        xml.WriteElementString("Cd", "BOOK");
        xml.WriteEndElement();
        xml.WriteStartElement("BookgDt");
        xml.WriteElementString("Dt", date);
        xml.WriteEndElement();
        xml.WriteStartElement("ValDt");
        xml.WriteElementString("Dt", date);
        xml.WriteEndElement();
        xml.WriteElementString("AcctSvcrRef", $"NTRY{date.Replace("-", string.Empty, StringComparison.Ordinal)}{numero:D8}");
        xml.WriteStartElement("BkTxCd");
        xml.WriteStartElement("Domn");
        xml.WriteElementString("Cd", "PMNT");
        xml.WriteStartElement("Fmly");
        xml.WriteElementString("Cd", "RCDT");
        xml.WriteElementString("SubFmlyCd", "VCOM");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("NtryDtls");
        xml.WriteStartElement("Btch");
        xml.WriteElementString("NbOfTxs", credits.Length.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        foreach (var credit in credits)
        {
            EcrireTransaction(xml, credit);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void EcrireTransaction(XmlWriter xml, CreditSynthetique credit)
    {
        xml.WriteStartElement("TxDtls");
        xml.WriteStartElement("Refs");
        xml.WriteElementString("AcctSvcrRef", credit.ReferenceBanque);
        if (credit.EndToEndId is not null)
        {
            xml.WriteElementString("EndToEndId", credit.EndToEndId);
        }

        xml.WriteEndElement();
        EcrireMontant(xml, credit.Montant);
        xml.WriteElementString("CdtDbtInd", "CRDT");
        xml.WriteStartElement("RltdPties");
        xml.WriteStartElement("Dbtr");
        xml.WriteStartElement("Pty");
        xml.WriteElementString("Nm", credit.NomDebiteur);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        if (credit.Reference is not null)
        {
            xml.WriteStartElement("RmtInf");
            xml.WriteStartElement("Strd");
            xml.WriteStartElement("CdtrRefInf");
            xml.WriteStartElement("Tp");
            xml.WriteStartElement("CdOrPrtry");
            xml.WriteElementString(credit.TypeReference == "SCOR" ? "Cd" : "Prtry", credit.TypeReference);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteElementString("Ref", credit.Reference);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void EcrireMontant(XmlWriter xml, decimal montant)
    {
        xml.WriteStartElement("Amt");
        xml.WriteAttributeString("Ccy", "CHF");
        xml.WriteString(montant.ToString("0.00", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    // The QR reference check digit (recursive modulo 10); kept here so the generator depends on no module.
    private static int CleModulo10(string chiffres)
    {
        var report = 0;
        foreach (var c in chiffres)
        {
            report = TableModulo10[(report + (c - '0')) % 10];
        }

        return (10 - report) % 10;
    }
}
