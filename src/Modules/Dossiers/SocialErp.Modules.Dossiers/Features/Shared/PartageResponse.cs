using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Features.Shared;

/// <summary>A share of the dossier with a user or a service, until <c>au</c> inclusive (null: until removed).</summary>
internal sealed record PartageResponse(Guid Id, Guid? UtilisateurId, Guid? ServiceId, DateOnly Du, DateOnly? Au, DateTime CreeLe)
{
    public static PartageResponse From(Partage partage) => new(
        partage.Id, partage.UtilisateurId, partage.ServiceId, partage.Du, partage.Au, partage.CreeLe);
}
