namespace SocialErp.Modules.Ged.Features.Publipostage;

/// <summary>
/// Either <c>dossierId</c> (one document on the dossier, with its requérant's fiche and its members) or <c>ficheIds</c>
/// (one document per fiche, stored on it). <c>accepterChampsManquants</c>: produce the documents even when fields have no
/// value (they show « champ manquant : … » and are listed); otherwise such a merge is refused (422).
/// </summary>
internal sealed record PublipostageRequest(Guid? DossierId, IReadOnlyList<Guid>? FicheIds, bool AccepterChampsManquants = false);
