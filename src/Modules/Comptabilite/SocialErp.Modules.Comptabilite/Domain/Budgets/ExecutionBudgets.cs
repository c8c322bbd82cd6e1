namespace SocialErp.Modules.Comptabilite.Domain.Budgets;

/// <summary>
/// The budget run of one month (unique per month: a second request gets this one back). Progress is saved as the
/// run goes (<see cref="Traites"/> of <see cref="Total"/>), with the dossiers skipped or in error as
/// <see cref="AnomalieExecution"/>s and the totals of what was ordered.
/// </summary>
internal sealed class ExecutionBudgets
{
    private ExecutionBudgets()
    {
        Mois = string.Empty;
        Statut = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>AAAA-MM.</summary>
    public string Mois { get; private set; }

    public string Statut { get; private set; }

    public bool Planifiee { get; private set; }

    public int Total { get; private set; }

    public int Traites { get; private set; }

    public int Payes { get; private set; }

    public int Ignores { get; private set; }

    public int EnErreur { get; private set; }

    public int NombreOrdres { get; private set; }

    public decimal Montant { get; private set; }

    public DateTime DemandeeLe { get; private set; }

    public Guid? DemandeePar { get; private set; }

    public DateTime? TermineeLe { get; private set; }

    public string? Erreur { get; private set; }

    public static ExecutionBudgets Demander(string mois, bool planifiee, DateTime le, Guid? par) => new()
    {
        Id = Guid.CreateVersion7(),
        Mois = mois,
        Statut = StatutsExecution.EnAttente,
        Planifiee = planifiee,
        DemandeeLe = le,
        DemandeePar = par,
    };

    public void Commencer(int total)
    {
        Statut = StatutsExecution.EnCours;
        Total = total;
    }

    public void Compter(int traites, int payes, int ignores, int enErreur, int ordres, decimal montant)
    {
        Traites += traites;
        Payes += payes;
        Ignores += ignores;
        EnErreur += enErreur;
        NombreOrdres += ordres;
        Montant += montant;
    }

    public void Terminer(DateTime le)
    {
        Statut = StatutsExecution.Terminee;
        TermineeLe = le;
    }

    public void Echouer(string erreur, DateTime le)
    {
        Statut = StatutsExecution.Echouee;
        Erreur = erreur.Length > 500 ? erreur[..500] : erreur;
        TermineeLe = le;
    }
}

internal static class StatutsExecution
{
    public const string EnAttente = "en-attente";
    public const string EnCours = "en-cours";
    public const string Terminee = "terminee";
    public const string Echouee = "echouee";
}
