using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Fiches.Contracts.IntegrationEvents;

/// <summary>
/// A link between two fiches was recorded, in its stored direction: <c>FicheId</c> has <c>Type</c> towards
/// <c>FicheLieeId</c> (type "responsable": FicheLieeId is the responsable of the proche FicheId).
/// </summary>
[IntegrationEventName("fiches.relation-ajoutee.v1")]
public sealed record RelationAjouteeIntegrationEvent(
    Guid RelationId,
    Guid FicheId,
    Guid FicheLieeId,
    string Type,
    DateOnly? Du,
    DateOnly? Au) : IntegrationEvent
{
    public override string AggregateKey => $"fiche:{FicheId}";
}
