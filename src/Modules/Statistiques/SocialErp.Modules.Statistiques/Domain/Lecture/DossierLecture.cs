using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Statistiques.Domain.Lecture;

/// <summary>A dossier (one assistance unit) as the statistics know it (from the Dossiers and Comptabilité events).</summary>
[NonAudite]
internal sealed class DossierLecture
{
    private static readonly string[] StatutsDeSortie = [StatutsDossier.Termine, StatutsDossier.Abandonne, StatutsDossier.Rupture, StatutsDossier.Clos];

    public Guid DossierId { get; set; }

    public string Numero { get; set; } = "";

    public string Nom { get; set; } = "";

    public string Prestation { get; set; } = "";

    public int? CommuneDomicile { get; set; }

    public Guid? ServiceId { get; set; }

    public DateOnly DateOuverture { get; set; }

    public string Statut { get; set; } = StatutsDossier.Ouvert;

    /// <summary>Business date of the exit (first status among terminé, abandonné, rupture, clos); null while active.</summary>
    public DateOnly? DateSortie { get; set; }

    public string? MotifSortie { get; set; }

    public DateOnly? DernierPaiementOrdinaire { get; set; }

    /// <summary>Version of the last allocation-unit snapshot applied.</summary>
    public long VersionUniteAllocation { get; set; }

    /// <summary>Version of the last custom field values applied (<see cref="ChampDossierLecture"/>).</summary>
    public long VersionChamps { get; set; }

    public DateTime MiseAJour { get; set; }

    public bool EstActif(DateOnly debut, DateOnly fin) => DateOuverture <= fin && (DateSortie is null || DateSortie >= debut);

    public void ChangerStatut(string nouveau, DateOnly date, string? motif)
    {
        Statut = nouveau;
        if (StatutsDeSortie.Contains(nouveau))
        {
            DateSortie ??= date;
            MotifSortie ??= motif ?? nouveau;
        }
        else if (nouveau is StatutsDossier.Ouvert or StatutsDossier.EnCours)
        {
            DateSortie = null;
            MotifSortie = null;
        }
    }
}
