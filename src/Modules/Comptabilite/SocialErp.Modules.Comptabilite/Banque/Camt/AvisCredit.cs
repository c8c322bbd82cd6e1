using SocialErp.Modules.Comptabilite.Banque.Identifiants;

namespace SocialErp.Modules.Comptabilite.Banque.Camt;

/// <summary>
/// One booked incoming payment read from a camt file (a transaction detail of a credit entry, or the entry itself
/// when it has no details). <see cref="CleIdempotence"/> is the same every time the same credit is read, from any
/// copy or version of the file, so an import can skip what it already holds.
/// </summary>
internal sealed record AvisCredit(
    string CleIdempotence,
    string? CompteCredite,
    decimal Montant,
    string Monnaie,
    DateOnly? DateComptabilisation,
    DateOnly? DateValeur,
    TypeReference TypeReference,
    string? Reference,
    string? NomDebiteur,
    string? ReferenceBanque,
    string? EndToEndId,
    string? Communication);
