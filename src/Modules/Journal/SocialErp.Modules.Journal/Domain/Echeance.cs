using System.Text.Json;
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
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

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

    /// <summary>
    /// What asked for it when another module keeps it up to date (<c>memo:{id}</c> for a memo's follow-up): the latest
    /// due date of a source is the one its later messages reschedule, reassign or cancel.
    /// </summary>
    public string? Source { get; private set; }

    /// <summary>Seen by its responsible only (a private memo's follow-up): nobody else lists or touches it.</summary>
    public bool Privee { get; private set; }

    /// <summary>Cancellations, reschedulings and reassignments, oldest first (JSON of <see cref="ModificationEcheance"/>).</summary>
    public string ModificationsJson { get; private set; } = "[]";

    public IReadOnlyList<ModificationEcheance> Modifications =>
        JsonSerializer.Deserialize<List<ModificationEcheance>>(ModificationsJson, Json) ?? [];

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

    public static Echeance PourSource(
        string source, Guid dossierId, DateOnly date, string action, Guid? responsableId, Guid? serviceId, bool privee, DateTime maintenant)
    {
        var echeance = Creer(dossierId, null, date, action, responsableId, serviceId, urgente: false, maintenant);
        echeance.Source = source;
        echeance.Privee = privee;
        return echeance;
    }

    public bool EstVisiblePar(Guid? utilisateur) => !Privee || (ResponsableId is not null && ResponsableId == utilisateur);

    /// <summary>Its source made it private or shared again (a memo whose visibility changed).</summary>
    public void RendrePrivee(bool privee) => Privee = privee;

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

    public Result Annuler(string motif, Guid? parId, DateTime maintenant)
    {
        if (EstClose)
        {
            return EcheanceErrors.DejaClose;
        }

        Statut = StatutEcheance.Annulee;
        Noter(new ModificationEcheance(ModificationEcheance.Annulation, maintenant, parId, motif));
        return Result.Success();
    }

    /// <summary>
    /// Moves the due date to <paramref name="date"/> (not in the past: the caller checks). An overdue one becomes open
    /// again, so the nightly job marks it overdue anew if the new day passes too.
    /// </summary>
    public Result Reporter(DateOnly date, string? motif, Guid? parId, DateTime maintenant)
    {
        if (EstClose)
        {
            return EcheanceErrors.DejaClose;
        }

        if (date == Date && Statut == StatutEcheance.Ouverte)
        {
            return Result.Success();
        }

        Noter(new ModificationEcheance(ModificationEcheance.Report, maintenant, parId, motif, AncienneDate: Date, NouvelleDate: date));
        Date = date;
        Statut = StatutEcheance.Ouverte;
        return Result.Success();
    }

    /// <summary>
    /// Gives the due date to another user; a trade's step of a workflow becomes that person's. The service whose
    /// échéancier shows it stays, unless it had none.
    /// </summary>
    public Result Reattribuer(Guid responsableId, Guid? serviceId, string? motif, Guid? parId, DateTime maintenant)
    {
        if (EstClose)
        {
            return EcheanceErrors.DejaClose;
        }

        if (responsableId == ResponsableId)
        {
            return Result.Success();
        }

        Noter(new ModificationEcheance(
            ModificationEcheance.Reattribution, maintenant, parId, motif, AncienResponsableId: ResponsableId, NouveauResponsableId: responsableId));
        ResponsableId = responsableId;
        ResponsableMetier = null;
        ServiceId ??= serviceId;
        return Result.Success();
    }

    /// <summary>
    /// After a transfer, an open due date follows the dossier to its new service and referent; a private one stays with
    /// its responsible, the only one who may see it.
    /// </summary>
    public void SuivreTransfert(Guid? ancienReferentId, Guid? nouveauReferentId, Guid? nouveauServiceId)
    {
        if (EstClose)
        {
            return;
        }

        ServiceId = nouveauServiceId ?? ServiceId;
        if (!Privee && nouveauReferentId is not null && ResponsableId is not null && ResponsableId == ancienReferentId)
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

    private void Noter(ModificationEcheance modification) =>
        ModificationsJson = JsonSerializer.Serialize<IReadOnlyList<ModificationEcheance>>([.. Modifications, modification], Json);
}
