namespace SocialErp.Bench.Data;

/// <summary>
/// One incoming payment of a synthetic camt.054: <paramref name="TypeReference"/> is <c>QRR</c> or <c>SCOR</c>
/// (or null for none), <paramref name="ReferenceBanque"/> the bank's unique transaction reference.
/// </summary>
public sealed record CreditSynthetique(
    decimal Montant,
    string? TypeReference,
    string? Reference,
    string NomDebiteur,
    string ReferenceBanque,
    string? EndToEndId = null);
