using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Features.Shared;

/// <summary>A dossier in a result list; details with <c>GET /api/dossiers/{id}</c>.</summary>
internal sealed record DossierResumeResponse(
    Guid Id,
    string Numero,
    string Nom,
    string Prestation,
    int? CommuneDomicile,
    Guid? ServiceId,
    string Statut,
    DateOnly DateOuverture,
    DateOnly? DateCloture,
    long Version)
{
    public static DossierResumeResponse From(Dossier dossier) => new(
        dossier.Id, dossier.Numero, dossier.Nom, dossier.Prestation, dossier.CommuneDomicile, dossier.ServiceId, dossier.Statut,
        dossier.DateOuverture, dossier.DateCloture, dossier.Version);
}
