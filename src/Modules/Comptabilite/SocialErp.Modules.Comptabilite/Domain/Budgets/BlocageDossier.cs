namespace SocialErp.Modules.Comptabilite.Domain.Budgets;

/// <summary>
/// What Dossiers said about a dossier that stops its payments and its invoices: billing blocked from a date
/// (<c>FacturationDossierModifiee</c>), dossier closed from a date (<c>DossierStatutModifie</c>). Local projection.
/// </summary>
internal sealed class BlocageDossier
{
    /// <summary>Billing blocked by an event of the dossier (abandon, rupture, or any type that blocks it).</summary>
    public const string FacturationBloquee = "facturation-bloquee";

    /// <summary>Dossier terminé, abandonné, clos or archivé.</summary>
    public const string DossierFerme = "dossier-ferme";

    private BlocageDossier()
    {
    }

    public Guid DossierId { get; private set; }

    public DateOnly? FacturationBloqueeDepuis { get; private set; }

    public string? MotifBlocage { get; private set; }

    public DateOnly? FermeDepuis { get; private set; }

    public string? Statut { get; private set; }

    public static BlocageDossier Pour(Guid dossierId) => new() { DossierId = dossierId };

    public void Facturation(bool bloquee, DateOnly date, string? motif)
    {
        FacturationBloqueeDepuis = bloquee ? date : null;
        MotifBlocage = bloquee ? motif : null;
    }

    public void StatutModifie(string statut, bool ferme, DateOnly date)
    {
        Statut = statut;
        FermeDepuis = ferme ? date : null;
    }

    /// <summary>Why the month starting <paramref name="mois"/> must not be paid, or null.</summary>
    public string? Motif(DateOnly mois) => Empechement(mois, mois.AddMonths(1).AddDays(-1))?.Motif;

    /// <summary>
    /// Why the period <paramref name="du"/>–<paramref name="au"/> must not be paid or invoiced, or null: billing blocked
    /// on one of its days or before (<see cref="FacturationBloquee"/>), or the dossier closed by its first day
    /// (<see cref="DossierFerme"/>; closed during the period, what it owes up to then is still due).
    /// </summary>
    public EmpechementDossier? Empechement(DateOnly du, DateOnly au)
    {
        if (FacturationBloqueeDepuis is { } bloquee && bloquee <= au)
        {
            return new(FacturationBloquee, $"Facturation du dossier bloquée depuis le {bloquee:dd.MM.yyyy}" + (MotifBlocage is null ? "." : $" ({MotifBlocage})."));
        }

        return FermeDepuis is { } ferme && ferme <= du ? new(DossierFerme, $"Dossier {Statut} depuis le {ferme:dd.MM.yyyy}.") : null;
    }
}

/// <summary>Why a dossier is neither paid nor invoiced for a period: a stable code and the French sentence for users.</summary>
internal sealed record EmpechementDossier(string Code, string Motif);
