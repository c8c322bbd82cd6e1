using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.Relations;

/// <summary>
/// A relation seen from one fiche: <c>type</c> is what the linked fiche (<c>ficheId</c>, <c>nom</c>,
/// <c>prenom</c>) is to it. <c>active</c> is false once <c>au</c> has passed.
/// </summary>
internal sealed record RelationResponse(
    Guid Id,
    TypeRelationDto Type,
    Guid FicheId,
    string Nom,
    string? Prenom,
    DateOnly? Du,
    DateOnly? Au,
    bool Active,
    long Version)
{
    public static RelationResponse From(RelationFiche relation, Guid vueDe, Fiche liee, DateOnly aujourdhui) => new(
        relation.Id,
        (TypeRelationDto)relation.TypeVuDe(vueDe),
        liee.Id,
        liee.Nom,
        liee.Prenom,
        relation.Du,
        relation.Au,
        relation.EstActive(aujourdhui),
        relation.Version);
}
