using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Dossiers.Features.Indicateurs;

/// <summary>
/// Reads what a dossier's indicators are computed from (sessions, phase changes, objectives) and computes them, for the
/// indicators route and for the follow-up other modules read. The caller has already checked the dossier's visibility.
/// </summary>
internal sealed class LectureIndicateurs(DossiersDbContext db, TimeProvider timeProvider)
{
    public async Task<Domain.Indicateurs> CalculerAsync(Dossier dossier, CancellationToken cancellationToken)
    {
        var seances = await db.Seances.AsNoTracking().Where(s => s.DossierId == dossier.Id).ToListAsync(cancellationToken);
        var typesPhase = await db.TypesEvenements.AsNoTracking().Where(t => t.ChangementPhase).Select(t => t.Code).ToListAsync(cancellationToken);
        var phases = (await db.Evenements.AsNoTracking()
                .Where(e => e.DossierId == dossier.Id && typesPhase.Contains(e.TypeCode))
                .OrderBy(e => e.Date).ThenBy(e => e.Ordre)
                .ToListAsync(cancellationToken))
            .Where(e => e.Champs.ContainsKey("phase"))
            .Select(e => (e.Champs["phase"], e.Date))
            .ToList();
        var objectifs = await db.Objectifs.AsNoTracking().Where(o => o.DossierId == dossier.Id).ToListAsync(cancellationToken);
        return CalculIndicateurs.Calculer(
            dossier.DateEntree, dossier.DateSortieReelle, seances, phases, Objectif.TauxReussite(objectifs),
            timeProvider.Aujourdhui(), timeProvider.Jour);
    }
}
