namespace SocialErp.Modules.Journal.Features.Workflows;

/// <summary>Starting a workflow by hand on a dossier; <c>dateDebut</c> (default today) is what step delays count from.</summary>
internal sealed record DemarrerWorkflowRequest(string? Code, Guid? DossierId, DateOnly? DateDebut);
