using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain.Budgets;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Features.ExecutionsBudgets;
using SocialErp.Modules.Comptabilite.Features.Facturation;
using SocialErp.Modules.Comptabilite.Features.FacturesFournisseurs;
using SocialErp.Modules.Comptabilite.Features.Paiements;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.DemoData;

/// <summary>
/// Demo data only: once every demo family has its budget (whatever order Dossiers' events arrive in), the current
/// month is run, the AI office is billed the Armengauds' advanced rent (QR reference), Monique Perrin her
/// maintenance contribution (paid by <c>docs/modules/comptabilite/demo-camt054.xml</c>), two supplier invoices are
/// captured (one approved, one waiting for its second signature), and the batches of the month are prepared and
/// released. Done once: a month that has a run gets nothing more. Runs as the system, through the features' own
/// handlers, inside the event handler's transaction.
/// </summary>
internal sealed class DemoFinances(
    ComptabiliteDbContext db, ExecuteurBudgets executeur, EmettreFactureHandler factures, FacturesFournisseursHandler fournisseurs,
    LotsPaiementsHandler lots, DimensionsVisibles visibles, TimeProvider timeProvider)
{
    public const string MotifBudget = "Budget de démonstration";
    public const decimal ContributionPerrin = 250m;

    private const string IbanRegie = "CH5604835012345678009";
    private const string ReferenceRegie = "RF18539007547034";
    private const string QrIbanAssureur = "CH4431999123000889012";
    private const string ReferenceQrAssureur = "210000000003139471430009017";

    private static readonly int NombreFamilles = DemoDossierOuvertHandler.Familles.Length - 1; // müller and muller are one family

    public async Task SiCompletAsync(CancellationToken cancellationToken)
    {
        var aujourdhui = timeProvider.Aujourdhui();
        var mois = $"{aujourdhui:yyyy-MM}";
        if (await db.VersionsBudget.CountAsync(v => v.Numero == 1 && v.Motif == MotifBudget, cancellationToken) < NombreFamilles
            || await db.ExecutionsBudgets.AnyAsync(e => e.Mois == mois, cancellationToken))
        {
            return;
        }

        visibles.CommeSysteme();
        var execution = ExecutionBudgets.Demander(mois, planifiee: false, timeProvider.Maintenant(), null);
        db.ExecutionsBudgets.Add(execution);
        await db.SaveChangesAsync(cancellationToken);
        await executeur.ExecuterAsync(execution.Id, cancellationToken);
        db.ChangeTracker.Clear();

        var armengaud = await DossierDeAsync(FichesDemo.FrancoisArmengaud, cancellationToken);
        var rochat = await DossierDeAsync(FichesDemo.MarcelRochat, cancellationToken);
        Verifier(await factures.HandleAsync(
            new FactureRequest(FichesDemo.OfficeAiVaud, "office", aujourdhui, ReferencesFacture.Qrr, "Avances sur rente AI", null, null, mois), cancellationToken));
        Verifier(await factures.HandleAsync(
            new FactureRequest(
                FichesDemo.MoniquePerrin, "parent", aujourdhui, ReferencesFacture.Qrr, "Contribution d'entretien", null,
                [new LigneFactureRequest($"Contribution d'entretien {mois}", 1m, ContributionPerrin, null, FichesDemo.FrancoisArmengaud, armengaud)]),
            cancellationToken));

        var remise = Verifier(await fournisseurs.SaisirAsync(
            new FactureFournisseurRequest(
                FichesDemo.RegieDuLac, null, IbanRegie, "SCOR", ReferenceRegie, null, 180m, "RL-4471", aujourdhui, null, "Remise en état de la cuisine",
                [new RepartitionRequest(armengaud, FichesDemo.FrancoisArmengaud, 180m, null, "Remise en état — Armengaud")]),
            cancellationToken));
        Verifier(await fournisseurs.ApprouverAsync(remise.Id, null, cancellationToken));
        Verifier(await fournisseurs.SaisirAsync(
            new FactureFournisseurRequest(
                FichesDemo.CaisseMaladieRomande, null, QrIbanAssureur, "QRR", ReferenceQrAssureur, null, 312.40m, "CMR-2291", aujourdhui, null,
                "Franchise et quote-part", [new RepartitionRequest(rochat, FichesDemo.MarcelRochat, 312.40m, null, "Franchise — Rochat")]),
            cancellationToken));

        foreach (var lot in Verifier(await lots.PreparerAsync(null, cancellationToken)))
        {
            Verifier(await lots.LibererAsync(lot.Id, null, cancellationToken));
        }
    }

    private async Task<Guid> DossierDeAsync(Guid requerant, CancellationToken cancellationToken) =>
        await db.Budgets.Where(b => b.Versions.Any(v => v.Motif == MotifBudget && v.Lignes.Any(l => l.BeneficiaireId == requerant)))
            .Select(b => b.DossierId).FirstAsync(cancellationToken);

    // Demo data that cannot be written is a bug of the demo: fail loudly (the message is retried, then parked).
    private static T Verifier<T>(Result<T> resultat) =>
        resultat.IsSuccess ? resultat.Value : throw new InvalidOperationException($"Demo accounting data: {resultat.Error!.Code} {resultat.Error.Message}");
}
