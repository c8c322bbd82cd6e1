using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Modules;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Journal.DemoData;

/// <summary>
/// The "ouverture de dossier" workflow, started by every dossier opening: contact within 3 days, first interview
/// within 10 days (the service's social workers), budget within 30 days (its managers). The demo dossiers' journal
/// entries and due dates then come from Dossiers' events (opening, events, transfers) and this workflow.
/// Seeded before the other modules' demo data, so their openings find it; present already, nothing is added.
/// </summary>
internal sealed class JournalDemoDataSeeder(JournalDbContext db, TimeProvider timeProvider) : IDemoDataSeeder
{
    public const string CodeOuverture = "ouverture-dossier";

    public int Order => 5;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.WorkflowDefinitions.AnyAsync(d => d.Code == CodeOuverture, cancellationToken))
        {
            return;
        }

        var etapes = EnchainementEtapes.Verifier(
        [
            new EtapeWorkflow("contact", "Prendre contact avec le ou la requérante", Metier(Metiers.AssistantSocial), 3, "premier-entretien"),
            new EtapeWorkflow("premier-entretien", "Mener le premier entretien", Metier(Metiers.AssistantSocial), 10, "budget"),
            new EtapeWorkflow("budget", "Établir le budget", Metier(Metiers.Gestionnaire), 30, null),
        ]);
        db.WorkflowDefinitions.Add(WorkflowDefinition.Creer(
            CodeOuverture, "Ouverture de dossier", DeclencheurWorkflow.DossierOuvert, null, etapes.Value, null, timeProvider.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ResponsableEtape Metier(string metier) => new(TypeResponsable.Metier, metier, null);
}
