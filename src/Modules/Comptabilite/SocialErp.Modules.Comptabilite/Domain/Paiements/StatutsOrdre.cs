namespace SocialErp.Modules.Comptabilite.Domain.Paiements;

/// <summary>Life of a payment order: waiting for a batch, in a batch, booked (money left the bank account), executed (the bank confirmed).</summary>
internal static class StatutsOrdre
{
    public const string APayer = "a-payer";
    public const string EnLot = "en-lot";
    public const string Comptabilise = "comptabilise";
    public const string Execute = "execute";

    public static IReadOnlyList<string> Tous { get; } = [APayer, EnLot, Comptabilise, Execute];
}
