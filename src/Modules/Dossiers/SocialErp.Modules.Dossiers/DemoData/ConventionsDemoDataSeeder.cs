using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Modules;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Dossiers.DemoData;

/// <summary>
/// The convention catalogue of the demo funders (Office AI Vaud, Service de l'emploi Fribourg, Pro Senectute Vaud, with
/// the fixed ids of <see cref="FichesDemo"/>), valid from the previous year to the next so that the demo's recent
/// sessions fall within, and the fundings of the Armengaud, Müller and Rochat dossiers taken from them (published like any
/// funding). A convention whose reference exists, or a dossier that already has a funding, is left as it is.
/// </summary>
internal sealed class ConventionsDemoDataSeeder(DossiersDbContext db, TimeProvider timeProvider) : IDemoDataSeeder
{
    /// <summary>After the dossiers' own demo data (20) and their follow-up records (30).</summary>
    public int Order => 35;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var maintenant = timeProvider.Maintenant();
        var annee = timeProvider.Aujourdhui().Year;
        var du = new DateOnly(annee - 1, 1, 1);
        var au = new DateOnly(annee + 1, 12, 31);
        DonneesConvention[] catalogue =
        [
            new($"OAI-VD-{annee - 1}", "Mesures de réadaptation professionnelle AI", FichesDemo.OfficeAiVaud, TypesFinanceur.Public, du, au,
                120m, ModesMontant.TauxHoraire, 85.40m, ["WSH", "FORMATION"], true, "Rapport au conseiller AI chaque trimestre."),
            new($"SPE-FR-{annee - 1}", "Mesures du marché du travail (Fribourg)", FichesDemo.ServiceEmploiFribourg, TypesFinanceur.Public, du, au,
                80m, ModesMontant.TauxHoraire, 72.00m, ["WSH"], true, null),
            new($"PSVD-{annee - 1}", "Accompagnement social des aînés", FichesDemo.ProSenectuteVaud, TypesFinanceur.Prive, du, null,
                60m, ModesMontant.Forfait, 4800.00m, ["ACCOMPAGNEMENT"], true, "Forfait annuel, bilan en décembre."),
        ];
        var existantes = await db.ConventionsFinancement.Select(c => c.Reference).ToListAsync(cancellationToken);
        foreach (var donnees in catalogue.Where(c => !existantes.Contains(c.Reference)))
        {
            db.ConventionsFinancement.Add(ConventionFinancement.Creer(donnees, maintenant));
        }

        await db.SaveChangesAsync(cancellationToken);
        await FinancerAsync("Armengaud François et Claire", catalogue[0].Reference, maintenant, cancellationToken);
        await FinancerAsync("Müller Hélène", catalogue[1].Reference, maintenant, cancellationToken);
        await FinancerAsync("Rochat Marcel", catalogue[2].Reference, maintenant, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task FinancerAsync(string nomDossier, string reference, DateTime maintenant, CancellationToken cancellationToken)
    {
        var dossierId = await db.Dossiers.Where(d => d.Nom == nomDossier && d.Statut != Contracts.StatutsDossier.Archive)
            .Where(d => !db.Financements.Any(f => f.DossierId == d.Id))
            .Select(d => (Guid?)d.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var convention = await db.ConventionsFinancement.FirstOrDefaultAsync(c => c.Reference == reference, cancellationToken);
        if (dossierId is not { } id || convention is null)
        {
            return;
        }

        var financement = Financement.Creer(id, new DonneesFinancement(
            convention.Id, convention.Reference, convention.Du, convention.Au, convention.HeuresFinancees, convention.FinanceurId,
            convention.TypeFinanceur, convention.ModeMontant!, convention.Montant!.Value, null, null, []), maintenant).Value;
        db.Financements.Add(financement);
        db.Publish(EvenementsIntegration.Financement(financement));
    }
}
