using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialErp.Modules.Comptabilite.Domain.Budgets;
using SocialErp.Modules.Comptabilite.Features.Budgets;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.SharedKernel.Messaging;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.DemoData;

/// <summary>
/// Demo data only (<c>Seed:DemoData</c>): a demo family's dossier gets its monthly allocation budget from the current
/// month — SKOS maintenance for the household, rent paid to the demo régie (creditor reference), premiums paid to the
/// demo health insurer (QR-IBAN and QR reference), and for the Armengaud family a disability pension as resource and the
/// rent re-billable to the AI office —
/// so a budget run of the current month, a batch and its pain.001 can be shown at once. A dossier that already has a
/// budget gets nothing. The last family's budget brings the rest of the demo accounting (<see cref="DemoFinances"/>).
/// </summary>
internal sealed class DemoBudgetsHandler(ComptabiliteDbContext db, IOptions<BudgetsOptions> options, DemoFinances finances, TimeProvider timeProvider)
    : IIntegrationEventHandler<DossierOuvertIntegrationEvent>
{
    private const string IbanRegie = "CH5604835012345678009";
    private const string QrIbanAssureur = "CH4431999123000889012";
    private const string ReferenceQrAssureur = "210000000003139471430009017";
    private const string ReferenceRegie = "RF18539007547034";

    public async Task HandleAsync(DossierOuvertIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var nom = integrationEvent.Nom.ToLowerInvariant();
        var requerant = integrationEvent.Membres.FirstOrDefault(m => m.Role == RolesMembre.Requerant) ?? (integrationEvent.Membres.Count > 0 ? integrationEvent.Membres[0] : null);
        if (requerant is null || !Array.Exists(DemoDossierOuvertHandler.Familles, nom.Contains)
            || await db.Budgets.AnyAsync(b => b.DossierId == integrationEvent.DossierId, cancellationToken))
        {
            return;
        }

        var aujourdhui = timeProvider.Aujourdhui();
        var debut = new DateOnly(aujourdhui.Year, aujourdhui.Month, 1);
        var taille = Math.Max(integrationEvent.Membres.Count, 1);

        // The Armengauds await their disability pension: the rent the service advances is re-billed to the AI office.
        var avanceAi = nom.Contains("armengaud", StringComparison.Ordinal);
        var lignes = new List<LigneBudget>
        {
            LigneBudget.Creer(0, TypesLigneBudget.Entretien, "Entretien de base (CSIAS)", options.Value.Entretien(taille), Periodicites.Mensuelle, debut, null,
                requerant.FicheId, null, "CH9300762011623852957", "NON", null, false, null),
            LigneBudget.Creer(1, "loyer", "Loyer", 1450m, Periodicites.Mensuelle, debut, null, requerant.FicheId, FichesDemo.RegieDuLac, IbanRegie, "SCOR",
                ReferenceRegie, avanceAi, avanceAi ? FichesDemo.OfficeAiVaud : null),
            LigneBudget.Creer(2, "assurance-maladie", "Primes d'assurance maladie", 412.85m * taille, Periodicites.Mensuelle, debut, null, requerant.FicheId,
                FichesDemo.CaisseMaladieRomande, QrIbanAssureur, "QRR", ReferenceQrAssureur, false, null),
        };
        if (nom.Contains("armengaud", StringComparison.Ordinal))
        {
            lignes.Add(LigneBudget.Creer(3, "prestation-ai-avs", "Rente AI", 1200m, Periodicites.Mensuelle, debut, null, requerant.FicheId, null, null, null, null, false, null));
        }

        var budget = Budget.Creer(
            integrationEvent.DossierId, GenresBudget.Allocation, "Aide sociale — budget mensuel", integrationEvent.CommuneDomicile, integrationEvent.Prestation,
            timeProvider.Maintenant(), null);
        budget.AjouterVersion(debut, null, taille, DemoFinances.MotifBudget, lignes, timeProvider.Maintenant(), null);
        db.Budgets.Add(budget);
        await db.SaveChangesAsync(cancellationToken);
        await finances.SiCompletAsync(cancellationToken);
    }
}
