namespace SocialErp.Modules.Comptabilite.Features.Prestations;

/// <summary>
/// A service rendered: the worker's fiche (category intervenant), date, type of service, duration in minutes (hourly
/// tariffs) or quantity (unit tariffs, default 1), the dossier it is charged to and optionally the person of it.
/// <c>tarif</c> names the tariff code; without it the one tariff of the type valid that day is used.
/// <c>refacturable</c> puts it on the next debtor invoice of the dossier.
/// </summary>
internal sealed record PrestationRequest(
    Guid? IntervenantId,
    DateOnly? Date,
    string? TypePrestation,
    string? Tarif,
    int? DureeMinutes,
    decimal? Quantite,
    Guid? DossierId,
    Guid? FicheId,
    string? Libelle,
    bool? Refacturable);

internal sealed record PrestationResponse(
    Guid Id,
    Guid IntervenantId,
    DateOnly Date,
    string TypePrestation,
    string TypeCharge,
    Guid TarifId,
    int? DureeMinutes,
    decimal Quantite,
    decimal PrixUnitaire,
    decimal Montant,
    Guid DossierId,
    Guid? FicheId,
    string Libelle,
    bool Refacturable,
    Guid EcritureId,
    Guid? FactureId);
