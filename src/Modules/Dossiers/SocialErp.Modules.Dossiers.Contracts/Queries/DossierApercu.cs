namespace SocialErp.Modules.Dossiers.Contracts.Queries;

/// <summary>
/// What other modules may read of a dossier (mail merge, exports): core values, members and custom field values
/// (by field code).
/// </summary>
public sealed record DossierApercu(
    Guid Id,
    string Numero,
    string Nom,
    string Prestation,
    int? CommuneDomicile,
    string Statut,
    Guid? ServiceId,
    DateOnly DateOuverture,
    IReadOnlyList<IntegrationEvents.MembreDossier> Membres,
    IReadOnlyDictionary<string, string?> ChampsPersonnalises);
