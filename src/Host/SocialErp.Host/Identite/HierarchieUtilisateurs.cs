using Microsoft.EntityFrameworkCore;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Host.Identite;

/// <summary>Walks the manager links down from one user (cycles are refused when managers are set).</summary>
internal sealed class HierarchieUtilisateurs(IdentiteDbContext db) : IHierarchieUtilisateurs
{
    public async Task<IReadOnlySet<Guid>> SubordonnesAsync(Guid managerId, CancellationToken cancellationToken)
    {
        var liens = await db.Users.AsNoTracking()
            .Where(u => u.ManagerId != null)
            .Select(u => new { u.Id, ManagerId = u.ManagerId!.Value })
            .ToListAsync(cancellationToken);
        var parManager = liens.ToLookup(l => l.ManagerId, l => l.Id);
        var subordonnes = new HashSet<Guid>();
        var aVisiter = new Queue<Guid>([managerId]);
        while (aVisiter.TryDequeue(out var courant))
        {
            foreach (var subordonne in parManager[courant])
            {
                if (subordonne != managerId && subordonnes.Add(subordonne))
                {
                    aVisiter.Enqueue(subordonne);
                }
            }
        }

        return subordonnes;
    }
}
