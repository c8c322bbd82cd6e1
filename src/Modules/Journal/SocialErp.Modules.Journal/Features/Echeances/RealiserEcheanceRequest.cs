namespace SocialErp.Modules.Journal.Features.Echeances;

/// <summary>Closing a due date: what was done.</summary>
internal sealed record RealiserEcheanceRequest(string? Commentaire);
