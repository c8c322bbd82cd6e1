using System.Globalization;
using System.Text;
using System.Xml;
using SocialErp.Modules.Comptabilite.Banque.Identifiants;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Banque.Pain001;

/// <summary>
/// Writes a customer credit transfer initiation <c>pain.001.001.09</c> per the Swiss Payment Standards 2022
/// (schema <c>pain.001.001.09.ch.03</c>): one payment information block per currency, NbOfTxs and CtrlSum at
/// group and block level, structured creditor addresses, QRR/SCOR references as structured remittance, ids in the
/// SWIFT character set. A batch that breaks a rule of <see cref="ReglesLotVirements"/> produces no file at all.
/// </summary>
internal static class RedacteurPain001
{
    public const string EspaceDeNoms = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

    private static readonly XmlWriterSettings Reglages = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
    };

    public static Result<byte[]> Ecrire(LotVirements lot)
    {
        var erreur = ReglesLotVirements.Verifier(lot);
        if (erreur is not null)
        {
            return erreur;
        }

        using var flux = new MemoryStream();
        using (var xml = XmlWriter.Create(flux, Reglages))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("Document", EspaceDeNoms);
            xml.WriteStartElement("CstmrCdtTrfInitn");
            EcrireEnTete(xml, lot);
            var blocs = lot.Ordres.GroupBy(o => o.Monnaie).ToList();
            for (var i = 0; i < blocs.Count; i++)
            {
                EcrireBloc(xml, lot, $"{lot.Identifiant}-{i + 1}", blocs[i].ToList());
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return flux.ToArray();
    }

    private static void EcrireEnTete(XmlWriter xml, LotVirements lot)
    {
        xml.WriteStartElement("GrpHdr");
        xml.WriteElementString("MsgId", CaracteresIso20022.Identifiant(lot.Identifiant));
        xml.WriteElementString("CreDtTm", lot.CreeLe.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        xml.WriteElementString("NbOfTxs", lot.Ordres.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("CtrlSum", MontantBancaire.Ecrire(lot.Ordres.Sum(o => o.Montant)));
        xml.WriteStartElement("InitgPty");
        xml.WriteElementString("Nm", CaracteresIso20022.Texte(lot.DonneurOrdre.Nom, 70));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void EcrireBloc(XmlWriter xml, LotVirements lot, string identifiant, List<OrdreVirement> ordres)
    {
        xml.WriteStartElement("PmtInf");
        xml.WriteElementString("PmtInfId", CaracteresIso20022.Identifiant(identifiant));
        xml.WriteElementString("PmtMtd", "TRF");
        xml.WriteElementString("BtchBookg", "true");
        xml.WriteElementString("NbOfTxs", ordres.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("CtrlSum", MontantBancaire.Ecrire(ordres.Sum(o => o.Montant)));
        xml.WriteStartElement("ReqdExctnDt");
        xml.WriteElementString("Dt", lot.DateExecution.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        xml.WriteStartElement("Dbtr");
        xml.WriteElementString("Nm", CaracteresIso20022.Texte(lot.DonneurOrdre.Nom, 70));
        xml.WriteEndElement();
        EcrireCompte(xml, "DbtrAcct", lot.DonneurOrdre.Compte);
        xml.WriteStartElement("DbtrAgt");
        xml.WriteStartElement("FinInstnId");
        xml.WriteElementString("BICFI", lot.DonneurOrdre.Bic);
        xml.WriteEndElement();
        xml.WriteEndElement();
        foreach (var ordre in ordres)
        {
            EcrireVirement(xml, ordre);
        }

        xml.WriteEndElement();
    }

    private static void EcrireVirement(XmlWriter xml, OrdreVirement ordre)
    {
        xml.WriteStartElement("CdtTrfTxInf");
        xml.WriteStartElement("PmtId");
        var identifiant = CaracteresIso20022.Identifiant(ordre.Identifiant);
        xml.WriteElementString("InstrId", identifiant);
        xml.WriteElementString("EndToEndId", identifiant);
        xml.WriteEndElement();
        xml.WriteStartElement("Amt");
        xml.WriteStartElement("InstdAmt");
        xml.WriteAttributeString("Ccy", ordre.Monnaie);
        xml.WriteString(MontantBancaire.Ecrire(ordre.Montant));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("Cdtr");
        xml.WriteElementString("Nm", CaracteresIso20022.Texte(ordre.Beneficiaire.Nom, 70));
        EcrireAdresse(xml, ordre.Beneficiaire);
        xml.WriteEndElement();
        EcrireCompte(xml, "CdtrAcct", ordre.Compte);
        EcrireCommunication(xml, ordre);
        xml.WriteEndElement();
    }

    private static void EcrireAdresse(XmlWriter xml, AdresseStructuree adresse)
    {
        xml.WriteStartElement("PstlAdr");
        if (adresse.Rue is not null)
        {
            xml.WriteElementString("StrtNm", CaracteresIso20022.Texte(adresse.Rue, 70));
        }

        if (adresse.Numero is not null)
        {
            xml.WriteElementString("BldgNb", CaracteresIso20022.Texte(adresse.Numero, 16));
        }

        xml.WriteElementString("PstCd", CaracteresIso20022.Texte(adresse.CodePostal, 16));
        xml.WriteElementString("TwnNm", CaracteresIso20022.Texte(adresse.Localite, 35));
        xml.WriteElementString("Ctry", adresse.Pays);
        xml.WriteEndElement();
    }

    private static void EcrireCompte(XmlWriter xml, string element, Iban compte)
    {
        xml.WriteStartElement(element);
        xml.WriteStartElement("Id");
        xml.WriteElementString("IBAN", compte.Valeur);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void EcrireCommunication(XmlWriter xml, OrdreVirement ordre)
    {
        var communication = string.IsNullOrWhiteSpace(ordre.Communication)
            ? null
            : CaracteresIso20022.Texte(ordre.Communication, ReglesLotVirements.LongueurMaximaleCommunication);
        if (ordre.Reference.Type == TypeReference.Non && communication is null)
        {
            return;
        }

        xml.WriteStartElement("RmtInf");
        if (ordre.Reference.Type == TypeReference.Non)
        {
            xml.WriteElementString("Ustrd", communication);
        }
        else
        {
            xml.WriteStartElement("Strd");
            xml.WriteStartElement("CdtrRefInf");
            xml.WriteStartElement("Tp");
            xml.WriteStartElement("CdOrPrtry");
            // QRR is a proprietary code of the Swiss standards; SCOR is an ISO DocumentType3Code.
            xml.WriteElementString(ordre.Reference.Type == TypeReference.Qrr ? "Prtry" : "Cd", ordre.Reference.Code);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteElementString("Ref", ordre.Reference.Valeur);
            xml.WriteEndElement();
            if (communication is not null)
            {
                xml.WriteElementString("AddtlRmtInf", communication);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
