using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Features.Shared;

/// <summary>A referent of the dossier: the user, their intervenant fiche, the period, whether main referent.</summary>
internal sealed record ReferentResponse(Guid Id, Guid UtilisateurId, Guid? FicheIntervenantId, DateOnly Du, DateOnly? Au, bool Principal, bool Actif)
{
    public static ReferentResponse From(Referent referent) => new(
        referent.Id, referent.UtilisateurId, referent.FicheIntervenantId, referent.Du, referent.Au, referent.Principal, referent.EstActif);
}
