using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Journal.Domain;

/// <summary>
/// One line of the journal des mutations: who changed (or consulted) which entity of which module, when, and each
/// field's value before and after. Written from the platform's audit events; never modified (the database refuses
/// updates and deletes). Each line carries its place in the chain (<see cref="Sequence"/>) and an
/// <see cref="Empreinte"/> over its content and the previous line's empreinte.
/// </summary>
[NonAudite]
internal sealed class Mutation
{
    private Mutation()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>
    /// The audit event's id, shared by the lines of one save (recorded once: the inbox runs the handler once per message).
    /// </summary>
    public Guid MessageId { get; private set; }

    /// <summary>1, 2, 3… without gaps: a deleted line shows as a gap.</summary>
    public long Sequence { get; private set; }

    public string Module { get; private set; } = "";

    public string Entite { get; private set; } = "";

    public string EntiteId { get; private set; } = "";

    public OperationJournal Operation { get; private set; }

    /// <summary>For consultations: what was read (<c>vue-360</c>, <c>telechargement</c>…).</summary>
    public string? Nature { get; private set; }

    public Guid? UtilisateurId { get; private set; }

    public string? UtilisateurEmail { get; private set; }

    public DateTime Instant { get; private set; }

    /// <summary>The changed fields as JSON (<c>[{ champ, ancienne, nouvelle }]</c>).</summary>
    public string Changements { get; private set; } = "[]";

    /// <summary>SHA-256 (hex) of this line's content and the previous line's empreinte.</summary>
    public string Empreinte { get; private set; } = "";

    public static Mutation Depuis(
        MutationsEnregistreesIntegrationEvent audit, MutationEntite entite, string changementsJson, MaillonChaine precedent) =>
        Chainer(
            new Mutation
            {
                MessageId = audit.EventId,
                Module = audit.Module,
                Entite = entite.Entite,
                EntiteId = entite.EntiteId,
                Operation = entite.Operation switch
                {
                    OperationMutation.Creation => OperationJournal.Creation,
                    OperationMutation.Suppression => OperationJournal.Suppression,
                    _ => OperationJournal.Modification,
                },
                UtilisateurId = audit.UtilisateurId,
                UtilisateurEmail = audit.UtilisateurEmail,
                Instant = audit.Instant,
                Changements = changementsJson,
            },
            precedent);

    public static Mutation Consultation(ConsultationEnregistreeIntegrationEvent consultation, MaillonChaine precedent) =>
        Chainer(
            new Mutation
            {
                MessageId = consultation.EventId,
                Module = consultation.Module,
                Entite = consultation.Entite,
                EntiteId = consultation.EntiteId,
                Operation = OperationJournal.Consultation,
                Nature = consultation.Nature,
                UtilisateurId = consultation.UtilisateurId,
                UtilisateurEmail = consultation.UtilisateurEmail,
                Instant = consultation.Instant,
            },
            precedent);

    /// <summary>The empreinte this line must carry after <paramref name="empreintePrecedente"/>.</summary>
    public string EmpreinteAttendue(string empreintePrecedente) => ChaineMutations.Empreinte(this, empreintePrecedente);

    private static Mutation Chainer(Mutation mutation, MaillonChaine precedent)
    {
        mutation.Id = Guid.CreateVersion7();
        mutation.Sequence = precedent.Sequence + 1;

        // PostgreSQL keeps microseconds: the hashed instant must be the one read back.
        mutation.Instant = ChaineMutations.ArrondiStockage(mutation.Instant);
        mutation.Empreinte = mutation.EmpreinteAttendue(precedent.Empreinte);
        return mutation;
    }
}
