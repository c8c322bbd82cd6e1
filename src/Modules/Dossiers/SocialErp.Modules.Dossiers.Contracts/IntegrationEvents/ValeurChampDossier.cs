namespace SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;

/// <summary>One custom field value of a dossier: the field's code and type, the value as invariant text ("20.5", "true", "2026-12-31").</summary>
public sealed record ValeurChampDossier(string Code, string Type, string Valeur);
