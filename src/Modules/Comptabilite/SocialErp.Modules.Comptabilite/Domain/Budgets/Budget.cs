namespace SocialErp.Modules.Comptabilite.Domain.Budgets;

/// <summary>
/// The monthly budget of an allocation unit (its dossier) for one kind of aid, kept as successive versions that never
/// overlap. <see cref="Version"/> is the optimistic-concurrency counter of the whole budget.
/// </summary>
internal sealed class Budget
{
    private readonly List<VersionBudget> _versions = [];

    private Budget()
    {
        Genre = string.Empty;
        Libelle = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    public string Genre { get; private set; }

    public string Libelle { get; private set; }

    public int? CommuneDomicile { get; private set; }

    public string? Prestation { get; private set; }

    public long Version { get; private set; }

    public DateTime CreeLe { get; private set; }

    public Guid? CreePar { get; private set; }

    public IReadOnlyList<VersionBudget> Versions => _versions;

    public VersionBudget Derniere => _versions.MaxBy(v => v.Numero)!;

    public static Budget Creer(Guid dossierId, string genre, string libelle, int? communeDomicile, string? prestation, DateTime le, Guid? par) => new()
    {
        Id = Guid.CreateVersion7(),
        DossierId = dossierId,
        Genre = genre,
        Libelle = libelle,
        CommuneDomicile = communeDomicile,
        Prestation = prestation,
        Version = 1,
        CreeLe = le,
        CreePar = par,
    };

    public VersionBudget AjouterVersion(DateOnly du, DateOnly? au, int tailleMenage, string? motif, IEnumerable<LigneBudget> lignes, DateTime le, Guid? par)
    {
        if (_versions.Count > 0)
        {
            Derniere.TerminerAvant(du);
            Version++;
        }

        var version = VersionBudget.Creer(Id, _versions.Count + 1, du, au, tailleMenage, motif, lignes, le, par);
        _versions.Add(version);
        return version;
    }

    public VersionBudget? ValideEn(DateOnly debut, DateOnly fin) => _versions.Where(v => v.Couvre(debut, fin)).MaxBy(v => v.Numero);
}
