using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Comptabilite.IntegrationEventHandlers;

/// <summary>
/// Keeps the local projection of a dossier's allocation unit: the event carries the complete membership history,
/// so a newer version replaces what is held and an older or repeated one changes nothing. Fiches merged before the
/// event arrived are mapped to their survivor; a fiche's overlapping periods are joined so no line counts twice.
/// </summary>
internal sealed class UniteAllocationModifieeHandler(ComptabiliteDbContext db, TimeProvider timeProvider)
    : IIntegrationEventHandler<UniteAllocationModifieeIntegrationEvent>
{
    public async Task HandleAsync(UniteAllocationModifieeIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        var projetee = await db.UnitesAllocation.FirstOrDefaultAsync(u => u.DossierId == integrationEvent.DossierId, cancellationToken);
        if (projetee is null)
        {
            db.UnitesAllocation.Add(UniteAllocationProjetee.De(integrationEvent.DossierId, integrationEvent.Version, maintenant));
        }
        else if (projetee.AccepteVersion(integrationEvent.Version))
        {
            projetee.Remplacer(integrationEvent.Version, maintenant);
        }
        else
        {
            return;
        }

        var fiches = integrationEvent.Periodes.Select(p => p.FicheId).Distinct().ToList();
        var repointages = await db.Repointages.Where(r => fiches.Contains(r.AbsorbeeId)).ToDictionaryAsync(r => r.AbsorbeeId, r => r.ConserveeId, cancellationToken);
        db.MembresUa.RemoveRange(await db.MembresUa.Where(m => m.DossierId == integrationEvent.DossierId).ToListAsync(cancellationToken));
        foreach (var periode in Fusionner(integrationEvent.Periodes.Select(p => p with { FicheId = repointages.GetValueOrDefault(p.FicheId, p.FicheId) })))
        {
            db.MembresUa.Add(MembreUniteAllocation.Periode(integrationEvent.DossierId, periode.FicheId, periode.Role, periode.Du, periode.Au));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Joins each fiche's overlapping or touching periods (the role of the earliest is kept).</summary>
    public static IEnumerable<PeriodeUniteAllocation> Fusionner(IEnumerable<PeriodeUniteAllocation> periodes)
    {
        foreach (var parFiche in periodes.Where(p => p.Au is null || p.Au >= p.Du).GroupBy(p => p.FicheId))
        {
            PeriodeUniteAllocation? courante = null;
            foreach (var periode in parFiche.OrderBy(p => p.Du))
            {
                if (courante is null)
                {
                    courante = periode;
                }
                else if (courante.Au is null || periode.Du <= courante.Au.Value.AddDays(1))
                {
                    courante = courante with { Au = courante.Au is null || periode.Au is null ? null : Max(courante.Au.Value, periode.Au.Value) };
                }
                else
                {
                    yield return courante;
                    courante = periode;
                }
            }

            if (courante is not null)
            {
                yield return courante;
            }
        }
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
