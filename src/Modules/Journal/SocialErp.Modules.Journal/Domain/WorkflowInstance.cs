using System.Text.Json;
using SocialErp.SharedKernel.Domain;

namespace SocialErp.Modules.Journal.Domain;

/// <summary>
/// A workflow running on a dossier, bound to the definition version it started with. Each step is a due date;
/// realising it completes the step and creates the next step's due date for the next responsible.
/// </summary>
internal sealed class WorkflowInstance : AggregateRoot
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private WorkflowInstance(Guid id)
        : base(id)
    {
    }

    public Guid DefinitionId { get; private set; }

    public string Code { get; private set; } = "";

    public int NumeroVersion { get; private set; }

    public Guid DossierId { get; private set; }

    public DateOnly DateDebut { get; private set; }

    /// <summary>The step waiting to be done; null once finished.</summary>
    public string? EtapeCourante { get; private set; }

    public bool Terminee { get; private set; }

    public DateTime DemarreeLe { get; private set; }

    public Guid? DemarreePar { get; private set; }

    public DateTime? TermineeLe { get; private set; }

    /// <summary>Why it was stopped before its last step (its step's due date cancelled, the dossier closed); null otherwise.</summary>
    public string? MotifArret { get; private set; }

    /// <summary>The event that started it (automatic start), so a redelivery starts nothing.</summary>
    public Guid? SourceMessageId { get; private set; }

    public string HistoriqueJson { get; private set; } = "[]";

    public IReadOnlyList<PassageEtape> Historique => JsonSerializer.Deserialize<List<PassageEtape>>(HistoriqueJson, Json) ?? [];

    public static WorkflowInstance Demarrer(
        WorkflowDefinition definition, Guid dossierId, DateOnly dateDebut, Guid? parId, Guid? sourceMessageId, DateTime maintenant) =>
        new(Guid.CreateVersion7())
        {
            DefinitionId = definition.Id,
            Code = definition.Code,
            NumeroVersion = definition.NumeroVersion,
            DossierId = dossierId,
            DateDebut = dateDebut,
            DemarreeLe = maintenant,
            DemarreePar = parId,
            SourceMessageId = sourceMessageId,
        };

    /// <summary>Makes <paramref name="etape"/> the current step, waiting on <paramref name="echeanceId"/>.</summary>
    public void Commencer(EtapeWorkflow etape, Guid echeanceId, DateTime maintenant)
    {
        EtapeCourante = etape.Code;
        Ecrire([.. Historique, new PassageEtape(etape.Code, echeanceId, maintenant, null, null)]);
    }

    /// <summary>Completes the current step; returns the code of the next one, or null when the workflow is done.</summary>
    public string? Completer(EtapeWorkflow etape, Guid? parId, DateTime maintenant)
    {
        Ecrire(Historique.Select(p => p.Etape == etape.Code && p.Fin is null ? p with { Fin = maintenant, RealiseePar = parId } : p).ToList());
        if (etape.Suivante is null)
        {
            EtapeCourante = null;
            Terminee = true;
            TermineeLe = maintenant;
        }

        return etape.Suivante;
    }

    /// <summary>
    /// Stops a running workflow where it stands: the current step ends cancelled and no next step opens. False when
    /// it had already ended (nothing changes).
    /// </summary>
    public bool Arreter(string motif, DateTime maintenant)
    {
        if (Terminee)
        {
            return false;
        }

        Ecrire(Historique.Select(p => p.Etape == EtapeCourante && p.Fin is null ? p with { Fin = maintenant, Annulee = true } : p).ToList());
        EtapeCourante = null;
        Terminee = true;
        TermineeLe = maintenant;
        MotifArret = motif;
        return true;
    }

    public DateOnly Echeance(EtapeWorkflow etape) => DateDebut.AddDays(etape.DelaiJours);

    private void Ecrire(IReadOnlyList<PassageEtape> historique) => HistoriqueJson = JsonSerializer.Serialize(historique, Json);
}
