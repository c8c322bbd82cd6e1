using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Domain;

internal sealed partial class Dossier
{
    public static bool EstFerme(string statut) => statut is StatutsDossier.Clos or StatutsDossier.Archive;

    /// <summary>Closing: status clos, closing date and reason; the real exit date defaults to the closing date.</summary>
    public Result<ChangementStatut> Clore(DateOnly date, string? motif, DateTime maintenant, Guid? auteur)
    {
        if (EstFerme(Statut))
        {
            return DossierErrors.DejaClos;
        }

        if (date < DateOuverture)
        {
            return DossierErrors.ClotureAvantOuverture;
        }

        DateCloture = date;
        MotifCloture = motif;
        DateSortieReelle ??= date;
        return ChangerStatut(StatutsDossier.Clos, date, motif, maintenant, auteur);
    }

    public Result<ChangementStatut> Archiver(DateOnly date, DateTime maintenant, Guid? auteur) =>
        Statut != StatutsDossier.Clos ? DossierErrors.NonClos : ChangerStatut(StatutsDossier.Archive, date, null, maintenant, auteur);

    /// <summary>Reactivation of a closed or archived dossier: back to en cours once entered, else ouvert.</summary>
    public Result<ChangementStatut> Reactiver(DateOnly date, string? motif, DateTime maintenant, Guid? auteur)
    {
        if (!EstFerme(Statut))
        {
            return DossierErrors.NonFerme;
        }

        DateCloture = null;
        MotifCloture = null;
        DateSortieReelle = null;
        return ChangerStatut(DateEntree is null ? StatutsDossier.Ouvert : StatutsDossier.EnCours, date, motif, maintenant, auteur);
    }

    /// <summary>The status an event's effect asks for (Entrée → en cours, Abandon → abandonné…).</summary>
    public ChangementStatut? AppliquerStatutEvenement(string statut, DateOnly date, string? motif, DateTime maintenant, Guid? auteur)
    {
        if (statut == StatutsDossier.EnCours)
        {
            DateEntree ??= date;
        }
        else if (statut is StatutsDossier.Termine or StatutsDossier.Abandonne or StatutsDossier.Rupture)
        {
            DateSortieReelle = date;
        }

        return statut == Statut ? null : ChangerStatut(statut, date, motif, maintenant, auteur);
    }

    private ChangementStatut ChangerStatut(string nouveau, DateOnly date, string? motif, DateTime maintenant, Guid? auteur)
    {
        var changement = new ChangementStatut(Guid.CreateVersion7(maintenant), Id, Statut, nouveau, date, motif, maintenant, auteur);
        _changementsStatut.Add(changement);
        Statut = nouveau;
        ModifieLe = maintenant;
        return changement;
    }
}
