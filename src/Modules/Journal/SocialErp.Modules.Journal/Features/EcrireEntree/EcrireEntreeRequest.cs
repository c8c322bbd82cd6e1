using SocialErp.Modules.Journal.Features.Shared;

namespace SocialErp.Modules.Journal.Features.EcrireEntree;

/// <summary>
/// A new entry of a dossier's journal. <c>type</c>: ouverture, courrier-entrant, courrier-sortant, entretien,
/// telephone, visite, commentaire, alerte, decision, paiement, cloture, archivage, transfert, or a service's own
/// code; <c>confidentialite</c>: dossier (default) | metier | utilisateurs (then <c>destinataires</c>);
/// <c>urgente</c> for a priority alert.
/// </summary>
internal sealed record EcrireEntreeRequest(
    string? Type,
    DateTime? Date,
    string? Texte,
    IReadOnlyList<Guid>? Participants,
    IReadOnlyList<Guid>? Documents,
    string? Confidentialite,
    IReadOnlyList<Guid>? Destinataires,
    bool? Urgente,
    EcheanceRequest? Echeance);
