using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Comptabilite.Domain.Facturation;

/// <summary>
/// A dossier's funding as Dossiers last published it (<c>FinancementDossierModifie</c>): what billing its sessions
/// needs. Local projection, replaced as a whole when a newer version arrives.
/// </summary>
[NonAudite]
internal sealed class FinancementProjete
{
    public const string ModeTotal = "total";
    public const string ModeTauxHoraire = "taux-horaire";
    public const string ModeForfait = "forfait";

    private readonly List<CoFinanceurProjete> _coFinanceurs = [];

    private FinancementProjete()
    {
        ModeMontant = string.Empty;
    }

    public Guid DossierId { get; private set; }

    public long VersionSource { get; private set; }

    public string? ConventionReference { get; private set; }

    public DateOnly? ConventionDu { get; private set; }

    public DateOnly? ConventionAu { get; private set; }

    public decimal? HeuresFinancees { get; private set; }

    public Guid FinanceurPrincipalId { get; private set; }

    /// <summary><see cref="ModeTotal"/>, <see cref="ModeTauxHoraire"/> or <see cref="ModeForfait"/>.</summary>
    public string ModeMontant { get; private set; }

    /// <summary>The total, the hourly rate or the flat fee, per <see cref="ModeMontant"/>.</summary>
    public decimal Montant { get; private set; }

    /// <summary>pourcentage or montant; null without co-funders.</summary>
    public string? Repartition { get; private set; }

    public decimal? PartPrincipale { get; private set; }

    public DateTime MiseAJourLe { get; private set; }

    public IReadOnlyList<CoFinanceurProjete> CoFinanceurs => _coFinanceurs;

    public static FinancementProjete Pour(Guid dossierId) => new() { DossierId = dossierId };

    public bool AccepteVersion(long version) => version > VersionSource;

    public void Remplacer(
        long version, string? reference, DateOnly? du, DateOnly? au, decimal? heuresFinancees, Guid financeurPrincipalId, string mode, decimal montant,
        string? repartition, decimal? partPrincipale, IEnumerable<(Guid FicheId, decimal Part)> coFinanceurs, DateTime le)
    {
        VersionSource = version;
        ConventionReference = reference;
        ConventionDu = du;
        ConventionAu = au;
        HeuresFinancees = heuresFinancees;
        FinanceurPrincipalId = financeurPrincipalId;
        ModeMontant = mode;
        Montant = montant;
        Repartition = repartition;
        PartPrincipale = partPrincipale;
        // Kept co-funders are updated in place: a row removed and added again under the same key would clash in the tracker.
        var recus = coFinanceurs.ToDictionary(c => c.FicheId, c => c.Part);
        _coFinanceurs.RemoveAll(c => !recus.ContainsKey(c.FicheId));
        foreach (var (ficheId, part) in recus)
        {
            if (_coFinanceurs.FirstOrDefault(c => c.FicheId == ficheId) is { } existant)
            {
                existant.Changer(part);
            }
            else
            {
                _coFinanceurs.Add(new CoFinanceurProjete(DossierId, ficheId, part));
            }
        }

        MiseAJourLe = le;
    }

    /// <summary>Whether <paramref name="jour"/> falls inside the convention's validity (an open bound is no limit).</summary>
    public bool Couvre(DateOnly jour) => (ConventionDu is null || jour >= ConventionDu) && (ConventionAu is null || jour <= ConventionAu);

    /// <summary>
    /// Every funder with the weight of its part: the main funder first (all of it without co-funders), then the
    /// co-funders. Percentages and amounts are both weights: each funder bears its part's share of what is billed.
    /// </summary>
    public IReadOnlyList<(Guid FicheId, decimal Poids)> Financeurs() =>
        _coFinanceurs.Count == 0
            ? [(FinanceurPrincipalId, 1m)]
            : [(FinanceurPrincipalId, PartPrincipale ?? 0m), .. _coFinanceurs.Select(c => (c.FicheId, c.Part))];
}
