namespace SocialErp.Modules.Comptabilite.Domain.Facturation;

/// <summary>
/// A price for a type of service, per hour or per unit, valid over a period. Tariffs of one code never overlap,
/// so a service's date picks one tariff; a price change is a new tariff from a date (the previous one is closed).
/// </summary>
internal sealed class Tarif
{
    private Tarif()
    {
        Code = string.Empty;
        Libelle = string.Empty;
        TypePrestation = string.Empty;
        Unite = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string Libelle { get; private set; }

    public string TypePrestation { get; private set; }

    public string Unite { get; private set; }

    public decimal Prix { get; private set; }

    public DateOnly ValideDu { get; private set; }

    public DateOnly? ValideAu { get; private set; }

    public DateTime CreeLe { get; private set; }

    public static Tarif Creer(string code, string libelle, string typePrestation, string unite, decimal prix, DateOnly du, DateOnly? au, DateTime le) => new()
    {
        Id = Guid.CreateVersion7(),
        Code = code,
        Libelle = libelle,
        TypePrestation = typePrestation,
        Unite = unite,
        Prix = prix,
        ValideDu = du,
        ValideAu = au,
        CreeLe = le,
    };

    public bool EstValide(DateOnly date) => ValideDu <= date && (ValideAu is null || date <= ValideAu);

    public bool Chevauche(DateOnly du, DateOnly? au) => (ValideAu is null || du <= ValideAu) && (au is null || ValideDu <= au);

    /// <summary>Ends an open-ended tariff the day before its successor starts.</summary>
    public void ClorePour(DateOnly successeurDu) => ValideAu = successeurDu.AddDays(-1);

    /// <summary>Amount of a service: price × hours (duration in minutes) or × units, rounded to the centime.</summary>
    public decimal Valoriser(decimal quantite) => decimal.Round(Prix * quantite, 2, MidpointRounding.AwayFromZero);
}
