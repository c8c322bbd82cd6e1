namespace SocialErp.Modules.Comptabilite.Banque.Camt;

/// <summary>
/// What a camt file brings: its version and message id, the booked credits, and how many entries were left aside
/// (debits, reversals, pending or informational entries) so an import summary can say so.
/// </summary>
internal sealed record ReleveCamt(string Version, string IdentifiantMessage, IReadOnlyList<AvisCredit> Credits, int EcrituresIgnorees);
