using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Banque.Camt;

/// <summary>
/// Reads the booked debits of a camt.054 or camt.053 file (.04 or .08): what the bank took from the service's account
/// for the transfers of a pain.001. Same streaming and safety rules as <see cref="LecteurCamt"/> (one entry held at a
/// time, DTDs prohibited, any unreadable part rejects the file), separate so the credit side keeps its shapes.
/// </summary>
internal static class LecteurCamtDebits
{
    private const int ProfondeurBloc = 2;
    private const int ProfondeurEcriture = 3;

    private static readonly XmlReaderSettings Reglages = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    public static Result<ReleveDebitsCamt> Lire(Stream fichier)
    {
        try
        {
            using var lecteur = XmlReader.Create(fichier, Reglages);
            return Lire(lecteur);
        }
        catch (XmlException ex)
        {
            return BanqueErrors.CamtIllisible($"Le fichier n'est pas un XML lisible (ligne {ex.LineNumber}, position {ex.LinePosition}) : {ex.Message}");
        }
    }

    private static Result<ReleveDebitsCamt> Lire(XmlReader lecteur)
    {
        lecteur.MoveToContent();
        var version = lecteur.LocalName == "Document" ? VersionCamt.DepuisEspaceDeNoms(lecteur.NamespaceURI) : null;
        if (version is null)
        {
            return BanqueErrors.CamtVersionInconnue(
                $"Message « {lecteur.NamespaceURI} {lecteur.LocalName} » non pris en charge ; versions acceptées : {string.Join(", ", VersionCamt.Connues)}.");
        }

        XNamespace ns = lecteur.NamespaceURI;
        var debits = new List<AvisDebit>();
        var identifiantMessage = string.Empty;
        string? compte = null;
        var ignorees = 0;
        var numero = 0;
        while (!lecteur.EOF)
        {
            if (lecteur.NodeType != XmlNodeType.Element)
            {
                lecteur.Read();
            }
            else if (lecteur.Depth == ProfondeurBloc && lecteur.LocalName == "GrpHdr")
            {
                identifiantMessage = Texte(Lu(lecteur).Element(ns + "MsgId")) ?? string.Empty;
            }
            else if (lecteur.Depth == ProfondeurEcriture && lecteur.LocalName == "Acct")
            {
                compte = Texte(Lu(lecteur).Element(ns + "Id")?.Element(ns + "IBAN"));
            }
            else if (lecteur.Depth == ProfondeurEcriture && lecteur.LocalName == "Ntry")
            {
                numero++;
                var lus = Debits(ns, Lu(lecteur), numero, compte);
                if (!lus.IsSuccess)
                {
                    return lus.Error!;
                }

                debits.AddRange(lus.Value);
                ignorees += lus.Value.Count == 0 ? 1 : 0;
            }
            else
            {
                lecteur.Read();
            }
        }

        return new ReleveDebitsCamt(version, identifiantMessage, debits, ignorees);
    }

    private static Result<List<AvisDebit>> Debits(XNamespace ns, XElement ntry, int numero, string? compte)
    {
        var debits = new List<AvisDebit>();
        if (Texte(ntry.Element(ns + "CdtDbtInd")) != "DBIT" || Texte(ntry.Element(ns + "RvslInd")) == "true"
            || (Texte(ntry.Element(ns + "Sts")?.Element(ns + "Cd")) ?? Texte(ntry.Element(ns + "Sts"))) != "BOOK")
        {
            return debits;
        }

        var date = Date(ns, ntry.Element(ns + "BookgDt"));
        var referenceEcriture = Texte(ntry.Element(ns + "AcctSvcrRef"));
        var lot = ntry.Elements(ns + "NtryDtls").Elements(ns + "Btch").FirstOrDefault();
        var pmtInfLot = Texte(lot?.Element(ns + "PmtInfId"));
        var msgIdLot = Texte(lot?.Element(ns + "MsgId"));
        var details = ntry.Elements(ns + "NtryDtls").Elements(ns + "TxDtls")
            .Where(d => (Texte(d.Element(ns + "CdtDbtInd")) ?? "DBIT") == "DBIT").ToList();
        if (details.Count == 0)
        {
            var montant = Montant(ns, ntry.Element(ns + "Amt"), numero);
            if (!montant.IsSuccess)
            {
                return montant.Error!;
            }

            var nombre = int.TryParse(Texte(lot?.Element(ns + "NbOfTxs")), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
            debits.Add(new AvisDebit(compte, montant.Value.Montant, montant.Value.Monnaie, date, null, pmtInfLot, msgIdLot, referenceEcriture, nombre));
            return debits;
        }

        foreach (var detail in details)
        {
            var montant = Montant(ns, detail.Element(ns + "Amt") ?? detail.Element(ns + "AmtDtls")?.Element(ns + "TxAmt")?.Element(ns + "Amt"), numero);
            if (!montant.IsSuccess)
            {
                return montant.Error!;
            }

            var refs = detail.Element(ns + "Refs");
            debits.Add(new AvisDebit(
                compte, montant.Value.Montant, montant.Value.Monnaie, date, Texte(refs?.Element(ns + "EndToEndId")),
                Texte(refs?.Element(ns + "PmtInfId")) ?? pmtInfLot, Texte(refs?.Element(ns + "MsgId")) ?? msgIdLot,
                Texte(refs?.Element(ns + "AcctSvcrRef")) ?? referenceEcriture, 1));
        }

        return debits;
    }

    private static Result<(decimal Montant, string Monnaie)> Montant(XNamespace ns, XElement? element, int numero) =>
        element is not null && decimal.TryParse(Texte(element), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var montant)
            ? (montant, (string?)element.Attribute("Ccy") ?? string.Empty)
            : BanqueErrors.CamtIllisible($"Écriture n° {numero} : montant absent ou illisible.");

    private static DateOnly? Date(XNamespace ns, XElement? choix)
    {
        var texte = Texte(choix?.Element(ns + "Dt")) ?? Texte(choix?.Element(ns + "DtTm"));
        return texte is { Length: >= 10 }
            && DateOnly.TryParseExact(texte[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    private static XElement Lu(XmlReader lecteur) => (XElement)XNode.ReadFrom(lecteur);

    private static string? Texte(XElement? element) => element is null ? null : ((string)element).Trim();
}
