namespace SocialErp.Modules.Comptabilite.Domain.Budgets;

/// <summary>
/// What Dossiers said about a dossier that stops its payments: billing blocked from a date
/// (<c>FacturationDossierModifiee</c>), dossier closed from a date (<c>DossierStatutModifie</c>). Local projection.
/// </summary>
internal sealed class BlocageDossier
{
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
    public string? Motif(DateOnly mois)
    {
        if (FacturationBloqueeDepuis is { } bloquee && bloquee <= mois.AddMonths(1).AddDays(-1))
        {
            return $"Facturation du dossier bloquée depuis le {bloquee:dd.MM.yyyy}" + (MotifBlocage is null ? "." : $" ({MotifBlocage}).");
        }

        return FermeDepuis is { } ferme && ferme <= mois ? $"Dossier {Statut} depuis le {ferme:dd.MM.yyyy}." : null;
    }
}
