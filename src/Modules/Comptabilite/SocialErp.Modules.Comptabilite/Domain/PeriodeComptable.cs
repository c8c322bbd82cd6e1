using SocialErp.SharedKernel.Domain;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>
/// An accounting month that has been closed at least once. No entry may be dated in a closed month; reopening
/// is for the direction and each close and reopening is traced (<see cref="TracePeriode"/>).
/// </summary>
internal sealed class PeriodeComptable : IVersionedEntity
{
    private PeriodeComptable(int annee, int mois)
    {
        Annee = annee;
        Mois = mois;
    }

    public int Annee { get; private set; }

    public int Mois { get; private set; }

    public bool Cloturee { get; private set; }

    public DateTime? ClotureeLe { get; private set; }

    public Guid? ClotureePar { get; private set; }

    public long Version { get; private set; }

    public string Code => $"{Annee:D4}-{Mois:D2}";

    public static PeriodeComptable Nouvelle(int annee, int mois) => new(annee, mois);

    public Result<TracePeriode> Cloturer(DateTime maintenant, Guid? par)
    {
        if (Cloturee)
        {
            return ComptabiliteErrors.PeriodeDejaCloturee;
        }

        Cloturee = true;
        ClotureeLe = maintenant;
        ClotureePar = par;
        return TracePeriode.De(this, TracePeriode.Cloture, maintenant, par, motif: null);
    }

    public Result<TracePeriode> Rouvrir(string motif, DateTime maintenant, Guid? par)
    {
        if (!Cloturee)
        {
            return ComptabiliteErrors.PeriodeOuverte;
        }

        Cloturee = false;
        return TracePeriode.De(this, TracePeriode.Reouverture, maintenant, par, motif);
    }
}
