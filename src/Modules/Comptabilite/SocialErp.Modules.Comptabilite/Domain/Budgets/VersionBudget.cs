namespace SocialErp.Modules.Comptabilite.Domain.Budgets;

/// <summary>
/// The budget as it stands from <see cref="Du"/> until the next version (or <see cref="Au"/>, its end). A change is a new
/// version from a date; the month-to-month run takes the version valid in the month.
/// </summary>
internal sealed class VersionBudget
{
    private readonly List<LigneBudget> _lignes = [];

    private VersionBudget()
    {
    }

    public Guid Id { get; private set; }

    public Guid BudgetId { get; private set; }

    public int Numero { get; private set; }

    public DateOnly Du { get; private set; }

    public DateOnly? Au { get; private set; }

    public int TailleMenage { get; private set; }

    public string? Motif { get; private set; }

    public DateTime CreeLe { get; private set; }

    public Guid? CreePar { get; private set; }

    public IReadOnlyList<LigneBudget> Lignes => _lignes;

    public decimal TotalCharges => _lignes.Where(l => l.EstCharge).Sum(l => Periodicites.Mensualiser(l.Periodicite, l.Montant));

    public decimal TotalRessources => _lignes.Where(l => !l.EstCharge).Sum(l => Periodicites.Mensualiser(l.Periodicite, l.Montant));

    /// <summary>Net need: monthly charges minus monthly resources (negative when resources cover more than the charges).</summary>
    public decimal BesoinNet => TotalCharges - TotalRessources;

    public static VersionBudget Creer(
        Guid budgetId, int numero, DateOnly du, DateOnly? au, int tailleMenage, string? motif, IEnumerable<LigneBudget> lignes, DateTime le, Guid? par)
    {
        var version = new VersionBudget
        {
            Id = Guid.CreateVersion7(),
            BudgetId = budgetId,
            Numero = numero,
            Du = du,
            Au = au,
            TailleMenage = tailleMenage,
            Motif = motif,
            CreeLe = le,
            CreePar = par,
        };
        version._lignes.AddRange(lignes);
        return version;
    }

    public bool Couvre(DateOnly debut, DateOnly fin) => Du <= fin && (Au is null || Au >= debut);

    /// <summary>Ends this version the day before its successor starts (an earlier end stays).</summary>
    public void TerminerAvant(DateOnly successeur)
    {
        if (Au is null || Au >= successeur)
        {
            Au = successeur.AddDays(-1);
        }
    }
}
