namespace SocialErp.Modules.Comptabilite.Features.Decomptes;

/// <summary>
/// A settlement for a period: per commune of domicile (BFS) and benefit category, gross benefits paid, reimbursements
/// booked and the net cost; the totals and the cost split by the cantonal key (canton share, communes' share pooled
/// and split by population).
/// </summary>
internal sealed record DecompteResponse(
    string Destinataire,
    string Code,
    string Periode,
    DateOnly Du,
    DateOnly Au,
    decimal PartCanton,
    IReadOnlyList<LigneDecompteResponse> Lignes,
    TotauxDecompteResponse Totaux,
    IReadOnlyList<RepartitionCommuneResponse> Repartition);

internal sealed record LigneDecompteResponse(int? Commune, string? Prestation, decimal Brut, decimal Remboursements, decimal Net);

internal sealed record TotauxDecompteResponse(decimal Brut, decimal Remboursements, decimal Net, decimal ACharge, decimal ChargeCanton, decimal ChargeCommunes);

/// <summary>A commune's own net cost and its population share of the communes' pooled part (null without population).</summary>
internal sealed record RepartitionCommuneResponse(int Commune, int? Population, decimal NetPropre, decimal? ChargeCommunale);
