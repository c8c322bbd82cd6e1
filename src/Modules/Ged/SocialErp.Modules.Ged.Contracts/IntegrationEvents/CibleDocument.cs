namespace SocialErp.Modules.Ged.Contracts.IntegrationEvents;

/// <summary>
/// The element a document belongs to: <c>CibleType</c> = fiche | dossier | entree-journal | ecriture | facture |
/// seance…, <c>CibleId</c> its id in the owning module.
/// </summary>
public sealed record CibleDocument(string CibleType, Guid CibleId);
