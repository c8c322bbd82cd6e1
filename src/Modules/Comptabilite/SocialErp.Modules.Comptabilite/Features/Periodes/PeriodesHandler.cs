using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Comptabilite.Features.Periodes;

/// <summary>Closing a month or a whole year, reopening a month; each change is traced and published.</summary>
internal sealed class PeriodesHandler(ComptabiliteDbContext db, ICurrentUser user, TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<PeriodeResponse>> ListerAsync(int annee, CancellationToken cancellationToken)
    {
        var periodes = await db.Periodes.AsNoTracking().Where(p => p.Annee == annee).ToDictionaryAsync(p => p.Mois, cancellationToken);
        var traces = await db.TracesPeriode.AsNoTracking().Where(t => t.Annee == annee).ToListAsync(cancellationToken);
        return Enumerable.Range(1, 12).Select(m => PeriodeResponse.From(annee, m, periodes.GetValueOrDefault(m), traces)).ToList();
    }

    public async Task<Result<IReadOnlyList<PeriodeResponse>>> CloturerAsync(int annee, IReadOnlyList<int> mois, bool refuserSiDejaCloturee, CancellationToken cancellationToken)
    {
        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        var existantes = await db.Periodes.Where(p => p.Annee == annee && mois.Contains(p.Mois)).ToDictionaryAsync(p => p.Mois, cancellationToken);
        var cloturees = 0;
        foreach (var m in mois)
        {
            if (!existantes.TryGetValue(m, out var periode))
            {
                periode = PeriodeComptable.Nouvelle(annee, m);
                db.Periodes.Add(periode);
            }

            var trace = periode.Cloturer(maintenant, user.Id);
            if (!trace.IsSuccess)
            {
                if (refuserSiDejaCloturee)
                {
                    return trace.Error!;
                }

                continue;
            }

            cloturees++;
            db.TracesPeriode.Add(trace.Value);
            db.Publish(new PeriodeClotureeIntegrationEvent(annee, m, Rouverte: false));
        }

        if (cloturees == 0)
        {
            return ComptabiliteErrors.PeriodeDejaCloturee;
        }

        await db.SaveChangesAsync(cancellationToken);
        var annee12 = await ListerAsync(annee, cancellationToken);
        return Result<IReadOnlyList<PeriodeResponse>>.Success(annee12.Where((_, i) => mois.Contains(i + 1)).ToList());
    }

    public async Task<Result<PeriodeResponse>> RouvrirAsync(int annee, int mois, string motif, CancellationToken cancellationToken)
    {
        var periode = await db.Periodes.FirstOrDefaultAsync(p => p.Annee == annee && p.Mois == mois, cancellationToken);
        if (periode is null)
        {
            return ComptabiliteErrors.PeriodeOuverte;
        }

        var trace = periode.Rouvrir(motif, timeProvider.GetUtcNow().UtcDateTime, user.Id);
        if (!trace.IsSuccess)
        {
            return trace.Error!;
        }

        db.TracesPeriode.Add(trace.Value);
        db.Publish(new PeriodeClotureeIntegrationEvent(annee, mois, Rouverte: true));
        await db.SaveChangesAsync(cancellationToken);
        return (await ListerAsync(annee, cancellationToken))[mois - 1];
    }
}
