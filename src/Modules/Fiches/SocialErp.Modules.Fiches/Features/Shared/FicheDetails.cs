using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Persistence;

namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>
/// Loads a tracked fiche's child collections one query each: a single query with every Include would
/// multiply the rows (addresses × contacts × categories…).
/// </summary>
internal static class FicheDetails
{
    public static async Task ChargerAsync(FichesDbContext db, Fiche fiche, CancellationToken cancellationToken)
    {
        var entry = db.Entry(fiche);
        await entry.Collection(f => f.Categories).LoadAsync(cancellationToken);
        await entry.Collection(f => f.Contacts).LoadAsync(cancellationToken);
        await entry.Collection(f => f.Preferences).LoadAsync(cancellationToken);
        await entry.Collection(f => f.Adresses).LoadAsync(cancellationToken);
        await entry.Collection(f => f.Termes).LoadAsync(cancellationToken);
    }
}
