using SocialErp.Modules.Fiches.Features.Relations;

namespace SocialErp.Modules.Fiches.Features.AjouterRelation;

/// <summary>
/// Links the fiche in the URL to <c>ficheId</c>: <c>type</c> is what <c>ficheId</c> is to it
/// (<c>{ "type": "responsable", "ficheId": "…" }</c> gives the fiche that responsable). <c>du</c>/<c>au</c> date it.
/// </summary>
internal sealed record AjouterRelationRequest(TypeRelationDto? Type, Guid? FicheId, DateOnly? Du, DateOnly? Au);
