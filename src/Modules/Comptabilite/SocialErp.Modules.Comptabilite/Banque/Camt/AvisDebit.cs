namespace SocialErp.Modules.Comptabilite.Banque.Camt;

/// <summary>
/// One booked outgoing payment read from a camt.054 debit notification (or a camt.053 statement): a transaction
/// detail of a debit entry, or the entry itself when the bank reports a batch as one amount. <see cref="EndToEndId"/>
/// and <see cref="PmtInfId"/> are the ids our pain.001 sent, which is how the debit finds its orders.
/// </summary>
internal sealed record AvisDebit(
    string? CompteDebite,
    decimal Montant,
    string Monnaie,
    DateOnly? DateComptabilisation,
    string? EndToEndId,
    string? PmtInfId,
    string? MsgId,
    string? ReferenceBanque,
    int NombreTransactions);

/// <summary>The booked debits of a camt file and how many entries were left aside (credits, reversals, pending).</summary>
internal sealed record ReleveDebitsCamt(string Version, string IdentifiantMessage, IReadOnlyList<AvisDebit> Debits, int EcrituresIgnorees);
