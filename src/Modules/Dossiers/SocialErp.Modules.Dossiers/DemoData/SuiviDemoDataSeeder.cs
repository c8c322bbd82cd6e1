using SocialErp.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Modules;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;

namespace SocialErp.Modules.Dossiers.DemoData;

/// <summary>
/// Seed 002's workshop and housing: structures DEM-ATB and DEM-APLAC with their places, the plan « Atelier standard
/// 100 % », and — when the demo has an Armengaud dossier — François's placements from 01.01.2013, an objective and a
/// team memo. Whatever is already there is kept, so seeding twice adds nothing.
/// </summary>
internal sealed class SuiviDemoDataSeeder(DossiersDbContext db, TimeProvider timeProvider) : IDemoDataSeeder
{
    private const string Atelier = "DEM-ATB";
    private const string Logement = "DEM-APLAC";
    private const string PlanningStandard = "A.STAND-100";
    private static readonly DateOnly Debut = new(2013, 1, 1);

    /// <summary>After the dossiers' own demo data (and Fiches', order 10).</summary>
    public int Order => 30;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await StructuresAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var maintenant = timeProvider.Maintenant();
        var armengaud = await db.Dossiers.AsNoTracking()
            .Where(d => d.Nom.Contains("Armengaud") || d.Nom.Contains("ARMENGAUD"))
            .Where(d => d.Statut != StatutsDossier.Archive)
            .OrderBy(d => d.DateOuverture)
            .Select(d => new { d.Id, Requerant = d.Membres.Where(m => m.Role == RolesMembre.Requerant).Select(m => (Guid?)m.FicheId).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        if (armengaud?.Requerant is not { } francois || await db.Placements.AnyAsync(p => p.DossierId == armengaud.Id, cancellationToken))
        {
            return;
        }

        var places = await db.Set<PlaceStructure>().AsNoTracking()
            .Where(p => p.Code == $"{Atelier}-001" || p.Code == $"{Logement}-002")
            .ToDictionaryAsync(p => p.Code, cancellationToken);

        var jours = JoursSemaine.Lire("lundi,mardi,mercredi,jeudi,vendredi,samedi");
        db.Placements.Add(Placement.Placer(
            armengaud.Id, francois, places[$"{Atelier}-001"], Debut, new DateOnly(2018, 12, 31), 100m, PlanningStandard,
            jours, "Selon planning type", maintenant));
        db.Placements.Add(Placement.Placer(
            armengaud.Id, francois, places[$"{Logement}-002"], Debut, null, 100m, null,
            JoursSemaine.Tous, "Logement en appartement protégé", maintenant));
        db.Objectifs.Add(Objectif.Creer(
            armengaud.Id,
            new DonneesObjectif(NaturesObjectif.Competence, "savoir-etre", "Ponctualité à l'atelier", null, "90 % des présences à l'heure", null, null, null),
            maintenant));
        db.Memos.Add(Memo.Ecrire(armengaud.Id, null, VisibilitesMemo.Equipe, "Atelier bois du lundi au samedi ; bilan prévu en fin d'année.", NaturesMemo.Note, null, maintenant));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task StructuresAsync(CancellationToken cancellationToken)
    {
        var existantes = await db.Structures.Select(s => s.Code).ToListAsync(cancellationToken);
        if (!existantes.Contains(Atelier))
        {
            var atelier = new Structure(Atelier, "DEM atelier bois", TypesStructure.Atelier);
            atelier.AjouterPlace($"{Atelier}-001", "DEM-ATB place 001");
            atelier.AjouterPlace($"{Atelier}-002", "DEM-ATB place 002");
            db.Structures.Add(atelier);
        }

        if (!existantes.Contains(Logement))
        {
            var logement = new Structure(Logement, "DEM appartements protégés", TypesStructure.Logement);
            logement.AjouterPlace($"{Logement}-001", "DEM-APLAC place 001");
            logement.AjouterPlace($"{Logement}-002", "DEM-APLAC place 002");
            db.Structures.Add(logement);
        }

        if (!await db.PlanningsTypes.AnyAsync(p => p.Code == PlanningStandard, cancellationToken))
        {
            db.PlanningsTypes.Add(new PlanningType(
                PlanningStandard, "Atelier standard 100%", 100m, "lundi,mardi,mercredi,jeudi,vendredi,samedi"));
        }
    }
}
