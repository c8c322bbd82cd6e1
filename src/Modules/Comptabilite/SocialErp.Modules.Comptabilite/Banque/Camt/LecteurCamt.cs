using System.Globalization;
using System.Xml.Linq;
using SocialErp.Modules.Comptabilite.Banque.Identifiants;
using SocialErp.SharedKernel.Results;
using static SocialErp.Modules.Comptabilite.Banque.Camt.ParcoursCamt;

namespace SocialErp.Modules.Comptabilite.Banque.Camt;

/// <summary>
/// Reads the booked credits of a camt.054 or camt.053 file (.04 or .08), streamed entry by entry (<see cref="ParcoursCamt"/>).
/// Any unreadable part rejects the whole file: an import is all or nothing.
/// </summary>
internal static class LecteurCamt
{
    public static Result<ReleveCamt> Lire(Stream fichier)
    {
        var cles = new CleIdempotenceCredit();
        var lu = ParcoursCamt.Lire(fichier, (ns, ntry, numero, compte) => new LectureEcriture(ns, ntry, numero, compte, cles).Credits());
        return lu.IsSuccess
            ? new ReleveCamt(lu.Value.Version, lu.Value.IdentifiantMessage, lu.Value.Avis, lu.Value.EcrituresIgnorees)
            : lu.Error!;
    }

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
            var dateComptabilisation = Date(ns, ntry.Element(ns + "BookgDt"));
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
                cle, compte, montant, monnaie, dateComptabilisation, Date(ns, ntry.Element(ns + "ValDt")), type, reference,
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

    }
}
