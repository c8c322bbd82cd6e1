using Microsoft.EntityFrameworkCore;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Host.Identite;

/// <summary>Existence of services and users, read from the identity store.</summary>
internal sealed class AnnuaireOrganisation(IdentiteDbContext db) : IAnnuaireOrganisation
{
    public Task<bool> ServiceExisteAsync(Guid serviceId, CancellationToken cancellationToken) =>
        db.Services.AsNoTracking().AnyAsync(s => s.Id == serviceId, cancellationToken);

    public Task<bool> UtilisateurExisteAsync(Guid utilisateurId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().AnyAsync(u => u.Id == utilisateurId, cancellationToken);
}
