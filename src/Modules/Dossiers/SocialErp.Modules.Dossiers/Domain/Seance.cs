using SocialErp.SharedKernel.Domain;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>
/// A session of a dossier: planned, then signed (émargement: present, excused or absent), cancelled with a reason,
/// or postponed (a new session is planned and both are linked). Only a planned session can be changed.
/// </summary>
internal sealed class Seance : AggregateRoot
{
    private Seance(Guid id)
        : base(id)
    {
    }

    public Guid DossierId { get; private set; }

    public DateTime Debut { get; private set; }

    public DateTime Fin { get; private set; }

    public decimal DureeHeures { get; private set; }

    /// <summary>One of <see cref="EtatsSeance"/>.</summary>
    public string Etat { get; private set; } = EtatsSeance.Planifiee;

    /// <summary>One of <see cref="PresencesSeance"/> once signed.</summary>
    public string? Presence { get; private set; }

    public string? Intitule { get; private set; }

    public string? Lieu { get; private set; }

    public string? MotifAnnulation { get; private set; }

    public Guid? ReportDeId { get; private set; }

    public Guid? ReporteeVersId { get; private set; }

    public DateTime? EmargeeLe { get; private set; }

    public Guid? EmargeePar { get; private set; }

    public DateTime CreeLe { get; private set; }

    public Guid? CreePar { get; private set; }

    public static Seance Planifier(Guid dossierId, DateTime debut, DateTime fin, string? intitule, string? lieu, DateTime maintenant, Guid? auteur)
    {
        var seance = new Seance(Guid.CreateVersion7(maintenant)) { DossierId = dossierId, CreeLe = maintenant, CreePar = auteur };
        seance.Placer(debut, fin, intitule, lieu);
        return seance;
    }

    public Result Modifier(DateTime debut, DateTime fin, string? intitule, string? lieu)
    {
        if (Etat != EtatsSeance.Planifiee)
        {
            return SeanceErrors.NonPlanifiee;
        }

        Placer(debut, fin, intitule, lieu);
        return Result.Success();
    }

    public Result Annuler(string motif)
    {
        if (Etat != EtatsSeance.Planifiee)
        {
            return SeanceErrors.NonPlanifiee;
        }

        Etat = EtatsSeance.Annulee;
        MotifAnnulation = motif;
        return Result.Success();
    }

    public Result<Seance> Reporter(DateTime debut, DateTime fin, string? motif, DateTime maintenant, Guid? auteur)
    {
        if (Etat != EtatsSeance.Planifiee)
        {
            return SeanceErrors.NonPlanifiee;
        }

        var nouvelle = Planifier(DossierId, debut, fin, Intitule, Lieu, maintenant, auteur);
        nouvelle.ReportDeId = Id;
        Etat = EtatsSeance.Reportee;
        MotifAnnulation = motif;
        ReporteeVersId = nouvelle.Id;
        return nouvelle;
    }

    /// <summary>Attendance sign-off; a signed session may be signed again to correct it.</summary>
    public Result Emarger(string presence, DateTime maintenant, Guid? auteur)
    {
        if (Etat is EtatsSeance.Annulee or EtatsSeance.Reportee)
        {
            return SeanceErrors.AnnuleeOuReportee;
        }

        Etat = EtatsSeance.Realisee;
        Presence = presence;
        EmargeeLe = maintenant;
        EmargeePar = auteur;
        return Result.Success();
    }

    private void Placer(DateTime debut, DateTime fin, string? intitule, string? lieu)
    {
        Debut = debut;
        Fin = fin;
        DureeHeures = Math.Round((decimal)(fin - debut).TotalMinutes / 60m, 2, MidpointRounding.AwayFromZero);
        Intitule = intitule;
        Lieu = lieu;
    }
}
