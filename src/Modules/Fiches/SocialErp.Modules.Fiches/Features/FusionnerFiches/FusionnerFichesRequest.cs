namespace SocialErp.Modules.Fiches.Features.FusionnerFiches;

/// <summary>
/// Merges <c>absorbeeId</c> into <c>conserveeId</c>. <c>choix</c> says, per field (nom, prenom, dateNaissance,
/// numeroAvs, email), which fiche's value survives: "conservee" (the default) or "absorbee".
/// </summary>
internal sealed record FusionnerFichesRequest(Guid? ConserveeId, Guid? AbsorbeeId, IReadOnlyDictionary<string, string>? Choix);
