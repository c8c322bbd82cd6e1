using SocialErp.Modules.Comptabilite.Banque.Identifiants;

namespace SocialErp.Modules.Comptabilite.Banque.Pain001;

/// <summary>
/// One credit transfer of a batch. <paramref name="Identifiant"/> (the payment order's own id or number) becomes
/// the InstrId and EndToEndId, so the bank's camt reports bring it back. <paramref name="Communication"/> is the
/// free message: unstructured remittance without reference, additional remittance information with one.
/// </summary>
internal sealed record OrdreVirement(
    string Identifiant,
    AdresseStructuree Beneficiaire,
    Iban Compte,
    decimal Montant,
    string Monnaie,
    ReferencePaiement Reference,
    string? Communication = null);
