using System.Text.RegularExpressions;
using SocialErp.Modules.Comptabilite.Banque.Identifiants;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Banque.Pain001;

/// <summary>
/// What a batch must satisfy before a pain.001 is written: Swiss paying account and BIC, domestic transfers only
/// (creditor IBAN CH or LI, CHF or EUR), amounts with at most two decimals, QR-IBAN ⇔ QR reference, messages
/// within 140 characters, and transfer ids that stay distinct once reduced to the SWIFT character set.
/// </summary>
internal static partial class ReglesLotVirements
{
    public const int LongueurMaximaleCommunication = 140;

    public static Error? Verifier(LotVirements lot)
    {
        if (lot.Ordres.Count == 0)
        {
            return BanqueErrors.LotInvalide("ordres", "Un lot de paiements contient au moins un virement.");
        }

        if (string.IsNullOrWhiteSpace(lot.Identifiant) || CaracteresIso20022.Identifiant(lot.Identifiant).Length == 0)
        {
            return BanqueErrors.LotInvalide("identifiant", "Le lot n'a pas d'identifiant utilisable.");
        }

        if (!lot.DonneurOrdre.Compte.EstSuisse)
        {
            return BanqueErrors.IbanNonSuisse("donneurOrdre.iban", lot.DonneurOrdre.Compte.Pays);
        }

        if (!Bic().IsMatch(lot.DonneurOrdre.Bic))
        {
            return BanqueErrors.LotInvalide("donneurOrdre.bic", "Le BIC de la banque du donneur d'ordre a 8 ou 11 caractères (ex. POFICHBEXXX).");
        }

        var identifiants = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lot.Ordres.Count; i++)
        {
            var erreur = VerifierOrdre(lot.Ordres[i], $"ordres[{i}]", identifiants);
            if (erreur is not null)
            {
                return erreur;
            }
        }

        return null;
    }

    private static Error? VerifierOrdre(OrdreVirement ordre, string champ, HashSet<string> identifiants)
    {
        var identifiant = CaracteresIso20022.Identifiant(ordre.Identifiant);
        if (identifiant.Length == 0 || !identifiants.Add(identifiant))
        {
            return BanqueErrors.LotInvalide($"{champ}.identifiant", $"L'identifiant « {ordre.Identifiant} » est vide ou déjà celui d'un autre virement du lot.");
        }

        if (!ordre.Compte.EstSuisse)
        {
            return BanqueErrors.IbanNonSuisse(
                $"{champ}.iban", $"{ordre.Compte.Pays} (les virements vers l'étranger ne sont pas pris en charge par ce lot)");
        }

        if (!QrFacture.FactureQr.Monnaies.Contains(ordre.Monnaie))
        {
            return BanqueErrors.LotInvalide($"{champ}.monnaie", $"Un virement national est en CHF ou en EUR, pas en « {ordre.Monnaie} ».");
        }

        if ((ordre.Communication?.Length ?? 0) > LongueurMaximaleCommunication)
        {
            return BanqueErrors.LotInvalide($"{champ}.communication", $"La communication a au plus {LongueurMaximaleCommunication} caractères.");
        }

        return MontantBancaire.Verifier(ordre.Montant, $"{champ}.montant")
            ?? ordre.Reference.VerifierCompte(ordre.Compte, $"{champ}.reference");
    }

    [GeneratedRegex("^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$")]
    private static partial Regex Bic();
}
