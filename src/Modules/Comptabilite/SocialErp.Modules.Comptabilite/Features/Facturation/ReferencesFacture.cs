namespace SocialErp.Modules.Comptabilite.Features.Facturation;

/// <summary>The payment reference types a debtor invoice may carry (QR-bill codes).</summary>
internal static class ReferencesFacture
{
    public const string Qrr = "QRR";
    public const string Scor = "SCOR";

    public static IReadOnlyList<string> Types { get; } = [Qrr, Scor];
}
