using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace SocialErp.Bench.Data;

/// <summary>
/// The bank's answer to a pain.001.001.09: a camt.054.001.08 debit notification with one booked debit entry per
/// payment information block (<c>Btch</c> with its MsgId, PmtInfId, NbOfTxs) and one transaction detail per transfer
/// (MsgId, PmtInfId, InstrId, EndToEndId and amount of the order). Validates against <c>camt.054.001.08.xsd</c>. Used
/// by the payment round-trip tests (batch released → pain.001 → camt.054 debit imported) and benchmarks.
/// </summary>
public static class GenerateurCamt054Debits
{
    private const string EspacePain001 = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

    /// <summary>
    /// Writes the debit notification of <paramref name="pain001"/> booked on <paramref name="dateComptabilisation"/>.
    /// <paramref name="transactions"/> false reports each block as one amount without transaction details.
    /// </summary>
    public static void Ecrire(Stream sortie, XDocument pain001, DateOnly dateComptabilisation, string identifiantMessage = "CAMT054-DEBITS", bool transactions = true)
    {
        XNamespace p = EspacePain001;
        var racine = pain001.Root!.Element(p + "CstmrCdtTrfInitn")!;
        var msgId = (string)racine.Element(p + "GrpHdr")!.Element(p + "MsgId")!;
        var date = dateComptabilisation.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var xml = XmlWriter.Create(sortie, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true });
        xml.WriteStartDocument();
        xml.WriteStartElement("Document", GenerateurCamt054.EspaceDeNoms);
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
        xml.WriteElementString("IBAN", (string)racine.Element(p + "PmtInf")!.Element(p + "DbtrAcct")!.Element(p + "Id")!.Element(p + "IBAN")!);
        xml.WriteEndElement();
        xml.WriteEndElement();
        var numero = 0;
        foreach (var bloc in racine.Elements(p + "PmtInf"))
        {
            var virements = bloc.Elements(p + "CdtTrfTxInf").Select(t => (
                InstrId: (string)t.Element(p + "PmtId")!.Element(p + "InstrId")!,
                EndToEndId: (string)t.Element(p + "PmtId")!.Element(p + "EndToEndId")!,
                Montant: decimal.Parse((string)t.Element(p + "Amt")!.Element(p + "InstdAmt")!, CultureInfo.InvariantCulture))).ToList();
            var pmtInfId = (string)bloc.Element(p + "PmtInfId")!;
            xml.WriteStartElement("Ntry");
            Montant(xml, virements.Sum(v => v.Montant));
            xml.WriteElementString("CdtDbtInd", "DBIT");
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
            xml.WriteElementString("AcctSvcrRef", $"DBT{date.Replace("-", string.Empty, StringComparison.Ordinal)}{++numero:D8}");
            xml.WriteStartElement("BkTxCd");
            xml.WriteStartElement("Domn");
            xml.WriteElementString("Cd", "PMNT");
            xml.WriteStartElement("Fmly");
            xml.WriteElementString("Cd", "ICDT");
            xml.WriteElementString("SubFmlyCd", "DMCT");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteStartElement("NtryDtls");
            xml.WriteStartElement("Btch");
            xml.WriteElementString("MsgId", msgId);
            xml.WriteElementString("PmtInfId", pmtInfId);
            xml.WriteElementString("NbOfTxs", virements.Count.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
            if (transactions)
            {
                foreach (var virement in virements)
                {
                    xml.WriteStartElement("TxDtls");
                    xml.WriteStartElement("Refs");
                    xml.WriteElementString("MsgId", msgId);
                    xml.WriteElementString("PmtInfId", pmtInfId);
                    xml.WriteElementString("InstrId", virement.InstrId);
                    xml.WriteElementString("EndToEndId", virement.EndToEndId);
                    xml.WriteEndElement();
                    Montant(xml, virement.Montant);
                    xml.WriteElementString("CdtDbtInd", "DBIT");
                    xml.WriteEndElement();
                }
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Montant(XmlWriter xml, decimal montant)
    {
        xml.WriteStartElement("Amt");
        xml.WriteAttributeString("Ccy", "CHF");
        xml.WriteString(montant.ToString("0.00", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }
}
