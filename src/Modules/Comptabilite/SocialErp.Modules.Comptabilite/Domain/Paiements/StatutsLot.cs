namespace SocialErp.Modules.Comptabilite.Domain.Paiements;

/// <summary>A batch is prepared, released by a second user (then its pain.001 may be fetched), booked, executed by the bank.</summary>
internal static class StatutsLot
{
    public const string Prepare = "prepare";
    public const string Libere = "libere";
    public const string Comptabilise = "comptabilise";
    public const string Execute = "execute";
}
