using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Journal.Domain;

/// <summary>
/// One line of the journal des mutations: who changed which entity of which module, when, and each field's
/// value before and after. Written from the platform's audit events; never modified.
/// </summary>
[NonAudite]
internal sealed class Mutation
{
    private Mutation()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The audit event's id: a redelivered event cannot be recorded twice.</summary>
    public Guid MessageId { get; private set; }

    public string Module { get; private set; } = "";

    public string Entite { get; private set; } = "";

    public string EntiteId { get; private set; } = "";

    public OperationMutation Operation { get; private set; }

    public Guid? UtilisateurId { get; private set; }

    public string? UtilisateurEmail { get; private set; }

    public DateTime Instant { get; private set; }

    /// <summary>The changed fields as JSON (<c>[{ champ, ancienne, nouvelle }]</c>).</summary>
    public string Changements { get; private set; } = "[]";

    public static Mutation Depuis(MutationEnregistreeIntegrationEvent audit, string changementsJson) => new()
    {
        Id = Guid.CreateVersion7(),
        MessageId = audit.EventId,
        Module = audit.Module,
        Entite = audit.Entite,
        EntiteId = audit.EntiteId,
        Operation = audit.Operation,
        UtilisateurId = audit.UtilisateurId,
        UtilisateurEmail = audit.UtilisateurEmail,
        Instant = audit.Instant,
        Changements = changementsJson,
    };
}
