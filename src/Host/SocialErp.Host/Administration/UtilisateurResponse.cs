using SocialErp.Host.Identite;

namespace SocialErp.Host.Administration;

internal sealed record UtilisateurResponse(
    Guid Id, string Email, string Nom, string Prenom, string Metier, Guid? ServiceId, Guid? ManagerId, bool Actif)
{
    public static UtilisateurResponse From(Utilisateur u) =>
        new(u.Id, u.Email!, u.Nom, u.Prenom, u.Metier, u.ServiceId, u.ManagerId, u.Actif);
}
