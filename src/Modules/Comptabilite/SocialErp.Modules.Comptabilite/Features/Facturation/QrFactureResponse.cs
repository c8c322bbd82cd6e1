namespace SocialErp.Modules.Comptabilite.Features.Facturation;

/// <summary>
/// The data of an invoice's Swiss QR-bill: <c>payload</c> is the exact text to encode in the QR code (SPC 0200,
/// lines separated by LF, no trailing line break); the other fields are what the payment part prints.
/// </summary>
internal sealed record QrFactureResponse(
    Guid FactureId,
    string Numero,
    string Payload,
    string Iban,
    string IbanFormate,
    string TypeReference,
    string Reference,
    string ReferenceFormatee,
    decimal Montant,
    string Monnaie,
    AdresseQrResponse Creancier,
    AdresseQrResponse? Debiteur,
    string? Message);

internal sealed record AdresseQrResponse(string Nom, string? Rue, string? Numero, string CodePostal, string Localite, string Pays);
