using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Modules;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Evenements;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.SharedKernel.Demo;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Dossiers.DemoData;

/// <summary>
/// The demo families' dossiers (<see cref="FichesDemo"/>), followed by the demo organisation's social workers
/// (<see cref="OrganisationDemo"/>). They are opened like any dossier, with their events, so Journal, Comptabilité,
/// GED and Statistiques build their own demo data from them; each gets its entry event, and the Armengaud dossier its
/// monthly follow-up sessions (three signed, one planned). A dossier already present (same name) is skipped.
/// </summary>
internal sealed class DossiersDemoDataSeeder(
    DossiersDbContext db,
    NumerotationDossiers numerotation,
    EvenementsHandler evenements,
    VisibiliteParService visibilite,
    TimeProvider timeProvider)
    : IDemoDataSeeder
{
    /// <summary>After Fiches (10), before the dossiers' follow-up demo data (30) and GED (40).</summary>
    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existants = await db.Dossiers.Select(d => d.Nom).ToListAsync(cancellationToken);
        foreach (var demo in Dossiers().Where(d => !existants.Contains(d.Nom)))
        {
            await OuvrirAsync(demo, cancellationToken);
        }
    }

    private async Task OuvrirAsync(DossierDemo demo, CancellationToken cancellationToken)
    {
        var maintenant = timeProvider.Maintenant();
        var dossier = Dossier.Ouvrir(
            await numerotation.SuivantAsync(demo.Ouverture.Year, cancellationToken),
            new DonneesDossier(demo.Nom, demo.Description, demo.Prestation, demo.Commune),
            demo.Membres,
            demo.Ouverture,
            demo.ServiceId,
            demo.Referent,
            maintenant,
            auteur: null);
        db.Dossiers.Add(dossier);
        foreach (var evenement in EvenementsIntegration.Ouverture(dossier, timeProvider.Jour(maintenant), visibilite))
        {
            db.Publish(evenement);
        }
        await db.SaveChangesAsync(cancellationToken);

        var entree = await evenements.EnregistrerSurAsync(dossier, new EvenementRequest("ENTREE", demo.Ouverture, "Premier entretien, budget établi."), cancellationToken);
        if (!entree.IsSuccess)
        {
            throw new InvalidOperationException($"Demo dossier {demo.Nom}: {entree.Error!.Message}");
        }

        if (demo.Seances)
        {
            SeancesDeSuivi(dossier, maintenant);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>An interview on the first Tuesday of each of the last three months (signed), and one next month.</summary>
    private void SeancesDeSuivi(Dossier dossier, DateTime maintenant)
    {
        var moisCourant = new DateTime(maintenant.Year, maintenant.Month, 1, 8, 0, 0, DateTimeKind.Utc);
        string?[] presences = [PresencesSeance.Present, PresencesSeance.AbsentExcuse, PresencesSeance.Present, null];
        for (var i = 0; i < presences.Length; i++)
        {
            var mois = moisCourant.AddMonths(i - 3);
            var debut = mois.AddDays(((int)DayOfWeek.Tuesday - (int)mois.DayOfWeek + 7) % 7);
            var seance = Seance.Planifier(dossier.Id, debut, debut.AddHours(1), "Entretien de suivi", "Centre social régional, bureau 3", maintenant, null);
            if (presences[i] is { } presence)
            {
                seance.Emarger(presence, maintenant, null);
            }

            db.Seances.Add(seance);
            dossier.SeancePlanifiee(timeProvider.Jour(seance.Debut), timeProvider.Jour(seance.Fin));
            db.Publish(EvenementsIntegration.Seance(seance));
        }
    }

    private static IEnumerable<DossierDemo> Dossiers()
    {
        var lausanne = OrganisationDemo.ServiceLausanne;
        var sophie = OrganisationDemo.SophieDupuis;
        yield return new(
            "Armengaud François et Claire", "Couple avec deux enfants ; perte d'emploi de M. Armengaud.", "WSH", 5586, new(2024, 3, 1), lausanne, sophie,
            [Membre(FichesDemo.FrancoisArmengaud, RolesMembre.Requerant), Membre(FichesDemo.ClaireArmengaud, RolesMembre.Conjoint),
             Membre(FichesDemo.LeaArmengaud, RolesMembre.Enfant), Membre(FichesDemo.HugoArmengaud, RolesMembre.Enfant)],
            Seances: true);
        yield return new(
            "Da Silva Ana", "Famille monoparentale, deux enfants ; emploi à temps partiel.", "WSH", 5591, new(2025, 2, 1), lausanne, sophie,
            [Membre(FichesDemo.AnaDaSilva, RolesMembre.Requerant), Membre(FichesDemo.TiagoDaSilva, RolesMembre.Enfant),
             Membre(FichesDemo.InesDaSilva, RolesMembre.Enfant)]);
        yield return new(
            "Müller Hélène", "Mère et fils majeur en formation.", "WSH", 2196, new(2025, 9, 1), lausanne, sophie,
            [Membre(FichesDemo.HeleneMuller, RolesMembre.Requerant), Membre(FichesDemo.JonasMuller, RolesMembre.Enfant)]);
        yield return new(
            "Berisha Arben", "Personne seule, en attente d'une décision AI.", "WSH", 5938, new(2023, 11, 1), lausanne, OrganisationDemo.MarcKohler,
            [Membre(FichesDemo.ArbenBerisha, RolesMembre.Requerant)]);
        yield return new(
            "Haile Semhar", "Réfugiée statutaire, intégration professionnelle.", "REFUGIES", 5586, new(2025, 5, 1), lausanne, sophie,
            [Membre(FichesDemo.SemharHaile, RolesMembre.Requerant)]);
        yield return new(
            "Rochat Marcel", "Accompagnement social et gestion du budget.", "ACCOMPAGNEMENT", 5890, new(2022, 6, 1), lausanne, sophie,
            [Membre(FichesDemo.MarcelRochat, RolesMembre.Requerant)]);
        yield return new(
            "Nguyen Thi Lan", "Mère et fils ; suivi par le service de Genève.", "WSH", 6621, new(2024, 10, 1), OrganisationDemo.ServiceGeneve,
            OrganisationDemo.GiuliaBianchi,
            [Membre(FichesDemo.ThiLanNguyen, RolesMembre.Requerant), Membre(FichesDemo.MinhNguyen, RolesMembre.Enfant)]);
    }

    private static MembreSaisi Membre(Guid ficheId, string role) => new(ficheId, role);

    private sealed record DossierDemo(
        string Nom, string Description, string Prestation, int Commune, DateOnly Ouverture, Guid ServiceId, Guid Referent,
        IReadOnlyList<MembreSaisi> Membres, bool Seances = false);
}
