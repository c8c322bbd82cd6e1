using Microsoft.EntityFrameworkCore;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Host.Identite;

internal sealed class AnnuaireUtilisateurs(IdentiteDbContext db) : IAnnuaireUtilisateurs
{
    public Task<UtilisateurAnnuaire?> TrouverAsync(Guid utilisateurId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking()
            .Where(u => u.Id == utilisateurId && u.Actif)
            .Select(u => new UtilisateurAnnuaire(u.Id, u.Metier, u.ServiceId)
            {
                Nom = u.Nom == "" ? null : u.Nom,
                Prenom = u.Prenom == "" ? null : u.Prenom,
                Email = u.Email,
                Telephone = u.PhoneNumber,
            })
            .FirstOrDefaultAsync(cancellationToken);
}
