namespace SocialErp.Modules.Comptabilite.Features.Decomptes;

/// <summary>
/// <c>Comptabilite:Decomptes</c>: the cantonal cost-sharing keys. <see cref="PartCanton"/> is the canton's share of
/// the net cost (Bern: 0.5); the communes' share is pooled and split by <see cref="Populations"/> (BFS number →
/// inhabitants). Keys differ per canton, hence configuration.
/// </summary>
internal sealed class DecomptesOptions
{
    public const string Section = "Comptabilite:Decomptes";

    /// <summary>The canton the service settles with (code accepted by <c>destinataire=canton</c>).</summary>
    public string Canton { get; set; } = "VD";

    public decimal PartCanton { get; set; } = 0.5m;

    public Dictionary<string, int> Populations { get; set; } = [];
}
