namespace SocialErp.Modules.Dossiers.Features.OuvrirDossier;

/// <summary>
/// A new dossier: name, benefit class (prestation code), commune of domicile of assistance (BFS number), its first
/// fiches with their roles (exactly one requérant, an usager fiche), optionally its service (default: the
/// user's), its main referent (default: the user) and its opening date (default: today).
/// </summary>
internal sealed record OuvrirDossierRequest(
    string? Nom,
    string? Prestation,
    int? CommuneDomicile,
    IReadOnlyList<MembreRequest>? Fiches,
    string? Description = null,
    DateOnly? DateOuverture = null,
    Guid? ServiceId = null,
    Guid? ReferentId = null);

/// <summary>A fiche and its role in the dossier (one of requerant, conjoint, enfant, colocataire, concubin, autre).</summary>
internal sealed record MembreRequest(Guid? FicheId, string? Role);
