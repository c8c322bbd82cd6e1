using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Features.Shared;

/// <summary>A member fiche of a dossier with its role (the fiche itself is read from <c>/api/fiches/{ficheId}</c>).</summary>
internal sealed record MembreResponse(Guid FicheId, string Role, DateTime AjouteLe)
{
    public static MembreResponse From(Membre membre) => new(membre.FicheId, membre.Role, membre.AjouteLe);
}
