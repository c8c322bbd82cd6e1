namespace SocialErp.Modules.Journal.Features.Transmission;

/// <summary>Handing a dossier's follow-up to a colleague: who, the message, and by when they take it up (default today).</summary>
internal sealed record TransmettreDossierRequest(Guid? DestinataireId, string? Message, DateOnly? Echeance, string? Action);
