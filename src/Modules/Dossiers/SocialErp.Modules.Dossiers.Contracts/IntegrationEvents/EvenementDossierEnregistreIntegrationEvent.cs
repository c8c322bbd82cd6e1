using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;

/// <summary>
/// A typed event (Entrée, Sortie positive, Abandon, Rupture…) was recorded on a dossier, with the effects its type
/// applied: new status, billing blocked or unblocked, due dates for the Journal, an attestation for the GED to
/// generate from the template <c>AttestationModele</c> (a template code).
/// </summary>
[IntegrationEventName("dossiers.evenement-enregistre.v1")]
public sealed record EvenementDossierEnregistreIntegrationEvent(
    Guid DossierId,
    Guid EvenementId,
    string TypeCode,
    string TypeLibelle,
    DateOnly Date,
    string? Commentaire,
    string? Motif,
    string? NouveauStatut,
    bool? FacturationBloquee,
    IReadOnlyList<EcheanceDemandee> Echeances,
    string? AttestationModele) : IntegrationEvent
{
    public override string AggregateKey => $"dossier:{DossierId}";
}
