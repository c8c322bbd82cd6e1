using SocialErp.SharedKernel.Domain;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Journal.Domain;

/// <summary>
/// A due date: an action a responsible user must carry out by <see cref="Date"/>, usually carried by a journal
/// entry of a dossier. A due date meant for "the dossier's service" (no referent known, a trade's step of a
/// workflow) has no responsible user but the service and, for a workflow step, the trade expected to act.
/// </summary>
internal sealed class Echeance : AggregateRoot
{
    private Echeance(Guid id)
        : base(id)
    {
    }

    public Guid? DossierId { get; private set; }

    public Guid? EntreeId { get; private set; }

    public DateOnly Date { get; private set; }

    public string Action { get; private set; } = "";

    public Guid? ResponsableId { get; private set; }

    /// <summary>The trade expected to act, when the due date goes to a role of the service rather than to a person.</summary>
    public string? ResponsableMetier { get; private set; }

    /// <summary>The service whose échéancier shows it (the dossier's service).</summary>
    public Guid? ServiceId { get; private set; }

    public StatutEcheance Statut { get; private set; }

    public bool Urgente { get; private set; }

    public Guid? WorkflowInstanceId { get; private set; }

    public string? EtapeWorkflow { get; private set; }

    public DateTime CreeeLe { get; private set; }

    public DateTime? RealiseeLe { get; private set; }

    public Guid? RealiseePar { get; private set; }

    public string? Commentaire { get; private set; }

    public static Echeance Creer(
        Guid? dossierId, Guid? entreeId, DateOnly date, string action, Guid? responsableId, Guid? serviceId, bool urgente, DateTime maintenant) =>
        new(Guid.CreateVersion7())
        {
            DossierId = dossierId,
            EntreeId = entreeId,
            Date = date,
            Action = action,
            ResponsableId = responsableId,
            ServiceId = serviceId,
            Urgente = urgente,
            Statut = StatutEcheance.Ouverte,
            CreeeLe = maintenant,
        };

    public static Echeance PourEtape(
        Guid dossierId, Guid instanceId, string etape, DateOnly date, string action, Guid? responsableId, string? metier, Guid? serviceId, DateTime maintenant)
    {
        var echeance = Creer(dossierId, null, date, action, responsableId, serviceId, urgente: false, maintenant);
        echeance.ResponsableMetier = metier;
        echeance.WorkflowInstanceId = instanceId;
        echeance.EtapeWorkflow = etape;
        return echeance;
    }

    public bool EstClose => Statut is StatutEcheance.Realisee or StatutEcheance.Annulee;

    public Result Realiser(string? commentaire, Guid? parId, DateTime maintenant)
    {
        if (EstClose)
        {
            return EcheanceErrors.DejaClose;
        }

        Statut = StatutEcheance.Realisee;
        RealiseeLe = maintenant;
        RealiseePar = parId;
        Commentaire = commentaire;
        return Result.Success();
    }

    /// <summary>After a transfer, an open due date follows the dossier to its new service and referent.</summary>
    public void SuivreTransfert(Guid? ancienReferentId, Guid? nouveauReferentId, Guid? nouveauServiceId)
    {
        if (EstClose)
        {
            return;
        }

        ServiceId = nouveauServiceId ?? ServiceId;
        if (nouveauReferentId is not null && ResponsableId is not null && ResponsableId == ancienReferentId)
        {
            ResponsableId = nouveauReferentId;
        }
    }

    /// <summary>Marks an open due date overdue; false when it was not open (nothing to publish).</summary>
    public bool MarquerEnRetard(DateOnly aujourdhui)
    {
        if (Statut != StatutEcheance.Ouverte || Date >= aujourdhui)
        {
            return false;
        }

        Statut = StatutEcheance.EnRetard;
        return true;
    }
}
