namespace SocialErp.Modules.Dossiers.Features.Acces;

/// <summary>
/// A new internal referent: the user, optionally their intervenant fiche (category intervenant), from <c>du</c>
/// (default today); <c>principal</c> ends the current main referent.
/// </summary>
internal sealed record AjouterReferentRequest(Guid? UtilisateurId, Guid? FicheIntervenantId = null, DateOnly? Du = null, bool Principal = false);

/// <summary>Shares the dossier with a user or a service (one of both) from <c>du</c> (default today) until <c>au</c>.</summary>
internal sealed record PartagerRequest(Guid? UtilisateurId = null, Guid? ServiceId = null, DateOnly? Du = null, DateOnly? Au = null);

/// <summary>
/// Transfers the dossier to another service and/or main referent (at least one) from <c>date</c> (default today);
/// its fiches, journal, documents and access follow it.
/// </summary>
internal sealed record TransfererRequest(Guid? ServiceId = null, Guid? ReferentId = null, DateOnly? Date = null, string? Message = null);
