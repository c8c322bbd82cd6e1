namespace SocialErp.Modules.Journal.Features.Workflows;

/// <summary>
/// A workflow definition. <c>declencheur</c>: manuel | dossier-ouvert | evenement (then <c>typeEvenement</c>, the
/// dossier event type code). Steps run in list order unless they name their <c>suivante</c>.
/// </summary>
internal sealed record WorkflowDefinitionRequest(
    string? Code, string? Nom, string? Declencheur, string? TypeEvenement, IReadOnlyList<EtapeRequest>? Etapes);

/// <summary>
/// A step: <c>responsable.type</c> = metier (with <c>metier</c>, a trade of the dossier's service) | referent |
/// utilisateur (with <c>utilisateurId</c>); <c>delaiJours</c> after the workflow's start.
/// </summary>
internal sealed record EtapeRequest(string? Code, string? Action, ResponsableRequest? Responsable, int? DelaiJours, string? Suivante);

internal sealed record ResponsableRequest(string? Type, string? Metier, Guid? UtilisateurId);
