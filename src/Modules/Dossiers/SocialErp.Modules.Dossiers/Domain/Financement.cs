using SocialErp.SharedKernel.Domain;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>
/// Who pays for a dossier and how much: the convention (reference, validity, funded hours), the main funder (a fiche
/// of category financeur) and its type, the planned amount (total, hourly rate × funded hours, or flat fee) and, with
/// co-funders, the split between all funders — percentages summing to 100 or amounts summing to the total.
/// One per dossier, replaced as a whole.
/// </summary>
internal sealed class Financement : AggregateRoot
{
    private readonly List<CoFinanceur> _coFinanceurs = [];

    private Financement(Guid id, Guid dossierId)
        : base(id) => DossierId = dossierId;

    public Guid DossierId { get; private set; }

    /// <summary>The catalogue convention the values were copied from; null for a free (legacy) reference or none.</summary>
    public Guid? ConventionId { get; private set; }

    public string? ConventionReference { get; private set; }

    public DateOnly? ConventionDu { get; private set; }

    public DateOnly? ConventionAu { get; private set; }

    public decimal? HeuresFinancees { get; private set; }

    public Guid FinanceurPrincipalId { get; private set; }

    /// <summary>One of <see cref="TypesFinanceur"/>.</summary>
    public string TypeFinanceur { get; private set; } = "";

    /// <summary>One of <see cref="ModesMontant"/>.</summary>
    public string ModeMontant { get; private set; } = "";

    /// <summary>The total, the hourly rate or the flat fee, per <see cref="ModeMontant"/>.</summary>
    public decimal Montant { get; private set; }

    /// <summary>One of <see cref="Repartitions"/>; null without co-funders.</summary>
    public string? Repartition { get; private set; }

    /// <summary>The main funder's part of the split (percentage or amount); null without co-funders.</summary>
    public decimal? PartPrincipale { get; private set; }

    public DateTime ModifieLe { get; private set; }

    public IReadOnlyList<CoFinanceur> CoFinanceurs => _coFinanceurs;

    /// <summary>The planned total: the amount, or the hourly rate times the funded hours, to the centime.</summary>
    public decimal MontantTotal => ModeMontant == ModesMontant.TauxHoraire
        ? decimal.Round(Montant * (HeuresFinancees ?? 0m), 2, MidpointRounding.AwayFromZero)
        : Montant;

    public static Result<Financement> Creer(Guid dossierId, DonneesFinancement donnees, DateTime maintenant)
    {
        var financement = new Financement(Guid.CreateVersion7(maintenant), dossierId);
        var defini = financement.Definir(donnees, maintenant);
        return defini.IsSuccess ? financement : defini.Error!;
    }

    /// <summary>Replaces everything; refuses (and changes nothing) when the split does not add up.</summary>
    public Result Definir(DonneesFinancement donnees, DateTime maintenant)
    {
        var total = TotalDe(donnees);
        if (donnees.CoFinanceurs.Count > 0)
        {
            var somme = donnees.PartPrincipale.GetValueOrDefault() + donnees.CoFinanceurs.Sum(c => c.Part);
            var attendu = donnees.Repartition == Repartitions.Pourcentage ? 100m : total;
            if (somme != attendu)
            {
                return FinancementErrors.RepartitionIncorrecte(donnees.Repartition!, somme, attendu);
            }
        }

        ConventionId = donnees.ConventionId;
        ConventionReference = donnees.ConventionReference;
        ConventionDu = donnees.ConventionDu;
        ConventionAu = donnees.ConventionAu;
        HeuresFinancees = donnees.HeuresFinancees;
        FinanceurPrincipalId = donnees.FinanceurPrincipalId;
        TypeFinanceur = donnees.TypeFinanceur;
        ModeMontant = donnees.ModeMontant;
        Montant = donnees.Montant;
        Repartition = donnees.CoFinanceurs.Count > 0 ? donnees.Repartition : null;
        PartPrincipale = donnees.CoFinanceurs.Count > 0 ? donnees.PartPrincipale : null;
        _coFinanceurs.Clear();
        _coFinanceurs.AddRange(donnees.CoFinanceurs.Select(c => new CoFinanceur(Guid.CreateVersion7(maintenant), Id, c.FicheId, c.Part)));
        ModifieLe = maintenant;
        return Result.Success();
    }

    /// <summary>
    /// A fiche merge: the kept fiche takes the absorbed one's place (and its part, when it already had one). Answers
    /// what moved, null when nothing did.
    /// </summary>
    public RepriseFinancement? RepointerFiche(Guid absorbee, Guid conservee, DateTime maintenant)
    {
        var principalDeplace = FinanceurPrincipalId == absorbee;
        if (principalDeplace)
        {
            FinanceurPrincipalId = conservee;
        }

        var deplaces = new List<Guid>();
        var jointes = new List<PartJointe>();
        foreach (var coFinanceur in _coFinanceurs.Where(c => c.FicheId == absorbee).ToList())
        {
            var existant = _coFinanceurs.FirstOrDefault(c => c.FicheId == conservee);
            if (FinanceurPrincipalId == conservee)
            {
                PartPrincipale += coFinanceur.Part;
                _coFinanceurs.Remove(coFinanceur);
                jointes.Add(new PartJointe(coFinanceur.Id, coFinanceur.Part, null, PartPrincipale ?? 0m));
            }
            else if (existant is not null)
            {
                existant.Ajouter(coFinanceur.Part);
                _coFinanceurs.Remove(coFinanceur);
                jointes.Add(new PartJointe(coFinanceur.Id, coFinanceur.Part, existant.Id, existant.Part));
            }
            else
            {
                coFinanceur.Repointer(conservee);
                deplaces.Add(coFinanceur.Id);
            }
        }

        if (!principalDeplace && deplaces.Count == 0 && jointes.Count == 0)
        {
            return null;
        }

        ModifieLe = maintenant;
        return new RepriseFinancement(Id, principalDeplace, deplaces, jointes);
    }

    /// <summary>
    /// A fiche merge undone: gives the absorbed fiche back what <paramref name="reprise"/> says the merge moved and is
    /// still as the merge left it (the main funder and co-funders still on the kept fiche, a part joined to a part
    /// still at the amount the merge left), so the split still adds up. Answers whether anything changed.
    /// </summary>
    public bool RestaurerFiche(RepriseFinancement reprise, Guid absorbee, Guid conservee, DateTime maintenant)
    {
        var change = false;
        foreach (var jointe in reprise.PartsJointes.Where(j => _coFinanceurs.All(c => c.Id != j.CoFinanceurId)))
        {
            if (jointe.JointeA is null && FinanceurPrincipalId == conservee && PartPrincipale == jointe.PartApres)
            {
                PartPrincipale -= jointe.Part;
            }
            else if (_coFinanceurs.FirstOrDefault(c => c.Id == jointe.JointeA && c.FicheId == conservee && c.Part == jointe.PartApres) is { } existant)
            {
                existant.Ajouter(-jointe.Part);
            }
            else
            {
                continue;
            }

            _coFinanceurs.Add(new CoFinanceur(jointe.CoFinanceurId, Id, absorbee, jointe.Part));
            change = true;
        }

        foreach (var coFinanceur in _coFinanceurs.Where(c => c.FicheId == conservee && reprise.CoFinanceursDeplaces.Contains(c.Id)))
        {
            coFinanceur.Repointer(absorbee);
            change = true;
        }

        if (reprise.PrincipalDeplace && FinanceurPrincipalId == conservee)
        {
            FinanceurPrincipalId = absorbee;
            change = true;
        }

        if (change)
        {
            ModifieLe = maintenant;
        }

        return change;
    }

    private static decimal TotalDe(DonneesFinancement donnees) => donnees.ModeMontant == ModesMontant.TauxHoraire
        ? decimal.Round(donnees.Montant * (donnees.HeuresFinancees ?? 0m), 2, MidpointRounding.AwayFromZero)
        : donnees.Montant;
}
