namespace SocialErp.Modules.Comptabilite.Banque.Pain001;

/// <summary>
/// A payment batch as the bank receives it: one message id, one paying account, one requested execution date,
/// its transfers. <paramref name="Identifiant"/> becomes the MsgId (and the stem of the PmtInfIds).
/// </summary>
internal sealed record LotVirements(
    string Identifiant,
    DateTimeOffset CreeLe,
    DonneurOrdre DonneurOrdre,
    DateOnly DateExecution,
    IReadOnlyList<OrdreVirement> Ordres);
