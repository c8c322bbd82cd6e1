namespace SocialErp.Modules.Dossiers.Contracts.Queries;

/// <summary>
/// A dossier's follow-up: the active principal referent (else the longest-serving active one; null without any), the
/// funding (null when none was entered) and the path indicators, computed as <c>GET /api/dossiers/{id}/indicateurs</c>.
/// </summary>
public sealed record SuiviDossierApercu(ReferentApercu? Referent, FinancementApercu? Financement, ParcoursApercu Parcours);
