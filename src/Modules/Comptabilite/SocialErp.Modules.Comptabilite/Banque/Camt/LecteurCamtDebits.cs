using System.Globalization;
using System.Xml.Linq;
using SocialErp.SharedKernel.Results;
using static SocialErp.Modules.Comptabilite.Banque.Camt.ParcoursCamt;

namespace SocialErp.Modules.Comptabilite.Banque.Camt;

/// <summary>
/// Reads the booked debits of a camt.054 or camt.053 file (.04 or .08): what the bank took from the service's account
/// for the transfers of a pain.001, streamed entry by entry (<see cref="ParcoursCamt"/>); any unreadable part rejects the file.
/// </summary>
internal static class LecteurCamtDebits
{
    public static Result<ReleveDebitsCamt> Lire(Stream fichier)
    {
        var lu = ParcoursCamt.Lire<AvisDebit>(fichier, Debits);
        return lu.IsSuccess
            ? new ReleveDebitsCamt(lu.Value.Version, lu.Value.IdentifiantMessage, lu.Value.Avis, lu.Value.EcrituresIgnorees)
            : lu.Error!;
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
}
