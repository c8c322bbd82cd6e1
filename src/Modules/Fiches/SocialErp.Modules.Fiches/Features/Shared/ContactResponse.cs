using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.Shared;

internal sealed record ContactResponse(TypeContact Type, string Valeur, string? Libelle, bool Principal)
{
    public static ContactResponse From(FicheContact contact) => new(contact.Type, contact.Valeur, contact.Libelle, contact.Principal);
}
