namespace SocialErp.Modules.Comptabilite.Domain.Facturation;

/// <summary>A dunning step of an invoice: its level (1, 2, 3…), the date sent and the new payment deadline.</summary>
internal sealed class RappelFacture
{
    public Guid Id { get; private set; }

    public Guid FactureId { get; private set; }

    public int Niveau { get; private set; }

    public DateOnly Date { get; private set; }

    public DateOnly Delai { get; private set; }

    public Guid? Par { get; private set; }

    internal static RappelFacture Creer(Guid factureId, int niveau, DateOnly date, DateOnly delai, Guid? par) => new()
    {
        Id = Guid.CreateVersion7(),
        FactureId = factureId,
        Niveau = niveau,
        Date = date,
        Delai = delai,
        Par = par,
    };
}
