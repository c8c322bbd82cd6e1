using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using SocialErp.Modules.Comptabilite.Banque.Identifiants;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Banque.Camt;

/// <summary>
/// Reads the booked credits of a camt.054 or camt.053 file (.04 or .08). The document is streamed with an
/// <see cref="XmlReader"/> and only one entry (<c>Ntry</c>) at a time is held as a tree, so memory stays flat
/// whatever the file size. Any unreadable part rejects the whole file: an import is all or nothing.
/// </summary>
internal static class LecteurCamt
{
    // Depths in Document / message / Ntfctn|Stmt / Acct|Ntry.
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

    public static Result<ReleveCamt> Lire(Stream fichier)
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

    private static Result<ReleveCamt> Lire(XmlReader lecteur)
    {
        lecteur.MoveToContent();
        var version = lecteur.LocalName == "Document" ? VersionCamt.DepuisEspaceDeNoms(lecteur.NamespaceURI) : null;
        if (version is null)
        {
            return BanqueErrors.CamtVersionInconnue(
                $"Message « {lecteur.NamespaceURI} {lecteur.LocalName} » non pris en charge ; versions acceptées : {string.Join(", ", VersionCamt.Connues)}.");
        }

        XNamespace ns = lecteur.NamespaceURI;
        var cles = new CleIdempotenceCredit();
        var credits = new List<AvisCredit>();
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
                var ecriture = new LectureEcriture(ns, Lu(lecteur), numero, compte, cles);
                var lus = ecriture.Credits();
                if (!lus.IsSuccess)
                {
                    return lus.Error!;
                }

                credits.AddRange(lus.Value);
                ignorees += lus.Value.Count == 0 ? 1 : 0;
            }
            else
            {
                lecteur.Read();
            }
        }

        return new ReleveCamt(version, identifiantMessage, credits, ignorees);
    }

    private static XElement Lu(XmlReader lecteur) => (XElement)XNode.ReadFrom(lecteur);

    private static string? Texte(XElement? element) => element is null ? null : ((string)element).Trim();

    /// <summary>The credits of one entry.</summary>
    private sealed class LectureEcriture(XNamespace ns, XElement ntry, int numero, string? compte, CleIdempotenceCredit cles)
    {
        public Result<List<AvisCredit>> Credits()
        {
            var credits = new List<AvisCredit>();
            if (!EstCreditComptabilise())
            {
                return credits;
            }

            var details = ntry.Elements(ns + "NtryDtls").Elements(ns + "TxDtls").ToList();
            if (details.Count == 0)
            {
                var seul = Credit(null);
                return seul.IsSuccess ? new List<AvisCredit> { seul.Value } : seul.Error!;
            }

            foreach (var detail in details.Where(d => (Texte(d.Element(ns + "CdtDbtInd")) ?? "CRDT") == "CRDT"))
            {
                var credit = Credit(detail);
                if (!credit.IsSuccess)
                {
                    return credit.Error!;
                }

                credits.Add(credit.Value);
            }

            return credits;
        }

        // Only booked credits are money received; a reversal flag on a credit entry undoes an earlier debit.
        private bool EstCreditComptabilise() =>
            Texte(ntry.Element(ns + "CdtDbtInd")) == "CRDT"
            && Texte(ntry.Element(ns + "RvslInd")) != "true"
            && Texte(ntry.Element(ns + "Sts")) == "BOOK";

        private Result<AvisCredit> Credit(XElement? detail)
        {
            var montantElement = detail is null
                ? ntry.Element(ns + "Amt")
                : detail.Element(ns + "Amt") ?? detail.Element(ns + "AmtDtls")?.Element(ns + "TxAmt")?.Element(ns + "Amt");
            if (montantElement is null
                || !decimal.TryParse(Texte(montantElement), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var montant))
            {
                return BanqueErrors.CamtIllisible($"Écriture n° {numero} : montant absent ou illisible.");
            }

            var monnaie = (string?)montantElement.Attribute("Ccy") ?? string.Empty;
            var refs = detail?.Element(ns + "Refs");
            var (type, reference) = Reference(detail?.Element(ns + "RmtInf"));
            var dateComptabilisation = Date(ntry.Element(ns + "BookgDt"));
            var referenceBanque = Texte(refs?.Element(ns + "AcctSvcrRef")) ?? Texte(ntry.Element(ns + "AcctSvcrRef"));
            var endToEnd = Texte(refs?.Element(ns + "EndToEndId"));
            var debiteur = detail?.Element(ns + "RltdPties")?.Element(ns + "Dbtr");
            // .08 wraps the party in Pty; .04 puts the name directly under Dbtr.
            var nomDebiteur = Texte((debiteur?.Element(ns + "Pty") ?? debiteur)?.Element(ns + "Nm"));
            var cle = cles.Calculer(
                compte,
                dateComptabilisation?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Texte(ntry.Element(ns + "AcctSvcrRef")) ?? Texte(ntry.Element(ns + "NtryRef")),
                Texte(refs?.Element(ns + "AcctSvcrRef")),
                endToEnd,
                MontantBancaire.Ecrire(montant),
                monnaie,
                reference,
                nomDebiteur);
            return new AvisCredit(
                cle, compte, montant, monnaie, dateComptabilisation, Date(ntry.Element(ns + "ValDt")), type, reference,
                nomDebiteur, referenceBanque, endToEnd, Texte(detail?.Element(ns + "RmtInf")?.Element(ns + "Ustrd")));
        }

        private (TypeReference Type, string? Reference) Reference(XElement? remise)
        {
            var info = remise?.Elements(ns + "Strd").Elements(ns + "CdtrRefInf").FirstOrDefault();
            var reference = Texte(info?.Element(ns + "Ref"))?.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (string.IsNullOrEmpty(reference))
            {
                return (TypeReference.Non, null);
            }

            var code = Texte(info?.Element(ns + "Tp")?.Element(ns + "CdOrPrtry"));
            var type = ReferencePaiement.Codes.Lire(code)
                ?? (ReferenceQr.Lire(reference).IsSuccess ? TypeReference.Qrr
                    : ReferenceCreancier.Lire(reference).IsSuccess ? TypeReference.Scor
                    : TypeReference.Non);
            return (type, type == TypeReference.Scor ? reference.ToUpperInvariant() : reference);
        }

        private DateOnly? Date(XElement? choix)
        {
            var texte = Texte(choix?.Element(ns + "Dt")) ?? Texte(choix?.Element(ns + "DtTm"));
            return texte is { Length: >= 10 }
                && DateOnly.TryParseExact(texte[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : null;
        }
    }
}
