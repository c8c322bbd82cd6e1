namespace SocialErp.Modules.Fiches.Features.FusionnerFiches;

/// <summary>
/// Merges <c>absorbeeId</c> into <c>conserveeId</c>. <c>choix</c> says, per field of the fiches' type
/// (<see cref="Domain.ChampsFusion"/>), which fiche's value survives: "conservee" or "absorbee". Without a choice the
/// kept fiche's value survives, except that the absorbed fiche's fills an empty one (not for nom, prenom,
/// dateNaissance, numeroAvs and email, which keep the kept fiche's value even when empty).
/// </summary>
internal sealed record FusionnerFichesRequest(Guid? ConserveeId, Guid? AbsorbeeId, IReadOnlyDictionary<string, string>? Choix);
