namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>One close or reopening of a month: who, when, why. The integrity control replays them.</summary>
internal sealed class TracePeriode
{
    public const string Cloture = "cloture";
    public const string Reouverture = "reouverture";

    private TracePeriode()
    {
        Action = string.Empty;
    }

    public Guid Id { get; private set; }

    public int Annee { get; private set; }

    public int Mois { get; private set; }

    public string Action { get; private set; }

    public DateTime Le { get; private set; }

    public Guid? Par { get; private set; }

    public string? Motif { get; private set; }

    public static TracePeriode De(PeriodeComptable periode, string action, DateTime le, Guid? par, string? motif) => new()
    {
        Id = Guid.CreateVersion7(),
        Annee = periode.Annee,
        Mois = periode.Mois,
        Action = action,
        Le = le,
        Par = par,
        Motif = motif,
    };
}
