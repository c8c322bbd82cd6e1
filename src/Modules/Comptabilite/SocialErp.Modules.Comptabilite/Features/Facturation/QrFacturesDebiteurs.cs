using Microsoft.Extensions.Options;
using SocialErp.Modules.Comptabilite.Banque;
using SocialErp.Modules.Comptabilite.Banque.Identifiants;
using SocialErp.Modules.Comptabilite.Banque.QrFacture;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Features.Facturation;

/// <summary>
/// The QR-bill of an invoice for what is still due: the service's QR-IBAN with the QR reference, or its IBAN with
/// the creditor reference; the debtor's structured address from its fiche (left out when the fiche has none).
/// </summary>
internal sealed class QrFacturesDebiteurs(IOptions<FacturationOptions> options, IFichesLecture fiches)
{
    public async Task<Result<QrFactureResponse>> GenererAsync(FactureDebiteur facture, CancellationToken cancellationToken)
    {
        if (facture.AvoirDe is not null)
        {
            return FacturationErrors.AvoirSurAvoir with { Message = "Un avoir n'a pas de bulletin de paiement." };
        }

        if (facture.Solde <= 0)
        {
            return FacturationErrors.FactureSoldee;
        }

        var o = options.Value;
        var qr = facture.TypeReference == ReferencesFacture.Qrr;
        var iban = Iban.LireSuisse(qr ? o.IbanQr : o.Iban);
        var creancier = AdresseStructuree.Creer(o.Nom, o.Rue, o.Numero, o.Npa, o.Localite, o.Pays, "creancier");
        if (!iban.IsSuccess || !creancier.IsSuccess)
        {
            return (iban.Error ?? creancier.Error)!;
        }

        var reference = qr
            ? ReferencePaiement.Qr(ReferenceQr.Lire(facture.Reference).Value)
            : ReferencePaiement.Creancier(ReferenceCreancier.Lire(facture.Reference).Value);
        var debiteur = await AdresseDebiteurAsync(facture, cancellationToken);
        var message = facture.Message ?? $"Facture {facture.Numero}";
        var factureQr = FactureQr.Creer(iban.Value, creancier.Value, facture.Solde, "CHF", debiteur, reference, message);
        if (!factureQr.IsSuccess)
        {
            return factureQr.Error!;
        }

        return new QrFactureResponse(
            facture.Id, facture.Numero, GenerateurFactureQr.Generer(factureQr.Value), iban.Value.Valeur, iban.Value.Formate, facture.TypeReference,
            facture.Reference, qr ? ReferenceQr.Lire(facture.Reference).Value.Formatee : ReferenceCreancier.Lire(facture.Reference).Value.Formatee,
            facture.Solde, "CHF", Adresse(creancier.Value), debiteur is null ? null : Adresse(debiteur), factureQr.Value.Message);
    }

    private async Task<AdresseStructuree?> AdresseDebiteurAsync(FactureDebiteur facture, CancellationToken cancellationToken)
    {
        var trouvees = await fiches.TrouverAsync([facture.DebiteurId], facture.Date, cancellationToken);
        var fiche = trouvees.Count > 0 ? trouvees[0] : null;
        if (fiche?.Adresse is not { } a)
        {
            return null;
        }

        var adresse = AdresseStructuree.Creer(
            CaracteresIso20022.Texte(DebiteursFacture.Nom(fiche), 70), a.Rue, a.Numero, a.Npa, a.Localite, a.Pays, "debiteur");
        return adresse.IsSuccess ? adresse.Value : null;
    }

    private static AdresseQrResponse Adresse(AdresseStructuree a) => new(a.Nom, a.Rue, a.Numero, a.CodePostal, a.Localite, a.Pays);
}
