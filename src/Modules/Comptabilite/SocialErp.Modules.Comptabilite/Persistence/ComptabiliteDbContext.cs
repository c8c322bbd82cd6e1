using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using SocialErp.BuildingBlocks.Messaging;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Domain.Budgets;
using SocialErp.Modules.Comptabilite.Domain.Fournisseurs;
using SocialErp.Modules.Comptabilite.Domain.Paiements;
using SocialErp.Modules.Comptabilite.Idempotence;
using SocialErp.Modules.Comptabilite.Persistence.Facturation;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class ComptabiliteDbContext(DbContextOptions<ComptabiliteDbContext> options)
    : ModuleDbContext(options)
{
    public const string Schema = "comptabilite";

    public override string ModuleName => Schema;

    public DbSet<Compte> Comptes => Set<Compte>();

    public DbSet<Ecriture> Ecritures => Set<Ecriture>();

    public DbSet<LigneEcriture> Lignes => Set<LigneEcriture>();

    public DbSet<SoldeMensuel> SoldesMensuels => Set<SoldeMensuel>();

    public DbSet<PeriodeComptable> Periodes => Set<PeriodeComptable>();

    public DbSet<TracePeriode> TracesPeriode => Set<TracePeriode>();

    public DbSet<MembreUniteAllocation> MembresUa => Set<MembreUniteAllocation>();

    public DbSet<UniteAllocationProjetee> UnitesAllocation => Set<UniteAllocationProjetee>();

    public DbSet<PeriodeUniteAllocationRecue> PeriodesUaRecues => Set<PeriodeUniteAllocationRecue>();

    public DbSet<Repointage> Repointages => Set<Repointage>();

    public DbSet<RepointageDeplace> RepointagesDeplaces => Set<RepointageDeplace>();

    public DbSet<RemiseDette> RemisesDette => Set<RemiseDette>();

    public DbSet<ConventionRemboursement> Conventions => Set<ConventionRemboursement>();

    public DbSet<RequeteIdempotente> RequetesIdempotentes => Set<RequeteIdempotente>();

    public DbSet<Tarif> Tarifs => Set<Tarif>();

    public DbSet<PrestationValorisee> PrestationsValorisees => Set<PrestationValorisee>();

    public DbSet<FactureDebiteur> FacturesDebiteurs => Set<FactureDebiteur>();

    public DbSet<CompteurFacture> CompteursFactures => Set<CompteurFacture>();

    public DbSet<ConventionFacturation> ConventionsFacturation => Set<ConventionFacturation>();

    public DbSet<RefacturationBudget> RefacturationsBudget => Set<RefacturationBudget>();

    public DbSet<FinancementProjete> FinancementsProjetes => Set<FinancementProjete>();

    public DbSet<SeanceProjetee> SeancesProjetees => Set<SeanceProjetee>();

    public DbSet<MouvementSeance> MouvementsSeances => Set<MouvementSeance>();

    public DbSet<ImportCamt> ImportsCamt => Set<ImportCamt>();

    public DbSet<Encaissement> Encaissements => Set<Encaissement>();
    public DbSet<Budget> Budgets => Set<Budget>();

    public DbSet<VersionBudget> VersionsBudget => Set<VersionBudget>();

    public DbSet<ExecutionBudgets> ExecutionsBudgets => Set<ExecutionBudgets>();

    public DbSet<AnomalieExecution> AnomaliesExecution => Set<AnomalieExecution>();

    public DbSet<BlocageDossier> BlocagesDossier => Set<BlocageDossier>();

    public DbSet<OrdrePaiement> OrdresPaiement => Set<OrdrePaiement>();

    public DbSet<LotPaiements> LotsPaiements => Set<LotPaiements>();

    public DbSet<FactureFournisseur> FacturesFournisseurs => Set<FactureFournisseur>();

    /// <summary>
    /// The types a save that posts (or a bulk unit of work) writes with multi-row inserts, principals first: entries
    /// and their lines (not audited field by field), payment orders, camt imports and their credits, and the outbox.
    /// </summary>
    private static readonly Type[] TypesGroupes =
        [typeof(ImportCamt), typeof(Ecriture), typeof(LigneEcriture), typeof(Encaissement), typeof(OrdrePaiement), typeof(OutboxMessage)];

    private IReadOnlyList<EntityEntry> _ecritsGroupes = [];
    private bool _accepterTout;
    private IDbContextTransaction? _transactionPropre;
    private bool _savepoints;

    private bool _insertionsGroupees;

    /// <summary>
    /// For units of work that insert thousands of rows (a budget run, a camt import): their saves write
    /// <see cref="TypesGroupes"/> with multi-row inserts, in the same transaction as the rest of the save, and changes
    /// are detected once per save instead of at every look at the tracker (each scans every tracked row).
    /// </summary>
    public void EcrireEnMasse()
    {
        _insertionsGroupees = true;
        ChangeTracker.AutoDetectChangesEnabled = false;
    }

    protected override void OnScopeAttached()
    {
        if (_insertionsGroupees)
        {
            ChangeTracker.AutoDetectChangesEnabled = true;
        }

        _insertionsGroupees = false;
        _ecritsGroupes = [];
    }

    /// <summary>
    /// Saves, and adds the lines being inserted to the stored monthly balances in the same transaction: a posting and
    /// its balances commit together or not at all. A save that adds lines sends its entries, lines, outbox rows and
    /// balance upsert in one command (<see cref="TypesGroupes"/>), the upsert last. On PostgreSQL, when that command is
    /// all the save writes and the caller opened no transaction, it is sent alone: PostgreSQL runs it as one implicit
    /// transaction, so the posting commits without a COMMIT round trip and the balance rows every posting of a month
    /// shares (the bank's) are locked only while the server runs it. Otherwise the transaction is the caller's or one
    /// opened here.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Written rows are marked as saved: only a save that accepts its changes may be grouped.
        _accepterTout = acceptAllChangesOnSuccess;
        try
        {
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (_transactionPropre is { } transaction)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return written + _ecritsGroupes.Count;
        }
        catch
        {
            // EF leaves what it failed to save as it was: so do the rows written here, rolled back with the rest.
            MultiRowInsert.Restore(this, _ecritsGroupes);
            throw;
        }
        finally
        {
            _ecritsGroupes = [];
            await FermerTransactionPropreAsync();
        }
    }

    /// <summary>Changes are detected: the lines added get their balances, grouped with the inserts when allowed.</summary>
    protected override async Task BeforeTrackedWritesAsync(CancellationToken cancellationToken)
    {
        // One look at the tracker for the whole save: its rows to write, the lines among them, what is left to EF.
        var enAttente = ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        var increments = CumulSoldesMensuels.Increments(
            enAttente.Where(e => e.State == EntityState.Added).Select(e => e.Entity).OfType<LigneEcriture>());
        if (!_accepterTout || (increments.Count == 0 && !_insertionsGroupees))
        {
            if (increments.Count > 0)
            {
                await OuvrirTransactionPropreAsync(cancellationToken);
                await CumulSoldesMensuels.AppliquerAsync(this, increments, cancellationToken);
            }

            return;
        }

        using var command = new MultiRowCommand(this);
        var ecrits = MultiRowInsert.Add(command, this, enAttente, TypesGroupes);
        CumulSoldesMensuels.Ajouter(command, this, increments);
        if (enAttente.Count > ecrits.Count || !command.CanRunAlone)
        {
            await OuvrirTransactionPropreAsync(cancellationToken);
        }

        await command.ExecuteAsync(cancellationToken);
        _ecritsGroupes = MultiRowInsert.MarkWritten(ecrits);
    }

    /// <summary>
    /// Opens the save's own transaction, unless the caller's is under way. It is this save's alone: a failed save rolls
    /// all of it back, so the savepoint EF would set (two more round trips) has nothing to protect.
    /// </summary>
    private async Task OuvrirTransactionPropreAsync(CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is not null)
        {
            return;
        }

        _transactionPropre = await Database.BeginTransactionAsync(cancellationToken);
        _savepoints = Database.AutoSavepointsEnabled;
        Database.AutoSavepointsEnabled = false;
    }

    private async Task FermerTransactionPropreAsync()
    {
        if (_transactionPropre is { } transaction)
        {
            _transactionPropre = null;
            Database.AutoSavepointsEnabled = _savepoints;
            await transaction.DisposeAsync();
        }
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new CompteConfiguration());
        modelBuilder.ApplyConfiguration(new EcritureConfiguration());
        modelBuilder.ApplyConfiguration(new LigneEcritureConfiguration());
        modelBuilder.ApplyConfiguration(new SoldeMensuelConfiguration());
        modelBuilder.ApplyConfiguration(new PeriodeComptableConfiguration());
        modelBuilder.ApplyConfiguration(new TracePeriodeConfiguration());
        modelBuilder.ApplyConfiguration(new MembreUniteAllocationConfiguration());
        modelBuilder.ApplyConfiguration(new UniteAllocationProjeteeConfiguration());
        modelBuilder.ApplyConfiguration(new PeriodeUniteAllocationRecueConfiguration());
        modelBuilder.ApplyConfiguration(new RepointageConfiguration());
        modelBuilder.ApplyConfiguration(new RepointageDeplaceConfiguration());
        modelBuilder.ApplyConfiguration(new RemiseDetteConfiguration());
        modelBuilder.ApplyConfiguration(new ConventionRemboursementConfiguration());
        modelBuilder.ApplyConfiguration(new RequeteIdempotenteConfiguration());
        ApplyFacturation(modelBuilder);
        ConfigurerPaiementsSortants(modelBuilder);
    }

    /// <summary>Valued services, debtor invoices, camt imports and their assignments (the incoming side of issue 7).</summary>
    private static void ApplyFacturation(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new TarifConfiguration());
        modelBuilder.ApplyConfiguration(new PrestationValoriseeConfiguration());
        modelBuilder.ApplyConfiguration(new FactureDebiteurConfiguration());
        modelBuilder.ApplyConfiguration(new LigneFactureConfiguration());
        modelBuilder.ApplyConfiguration(new RappelFactureConfiguration());
        modelBuilder.ApplyConfiguration(new CompteurFactureConfiguration());
        modelBuilder.ApplyConfiguration(new ConventionFacturationConfiguration());
        modelBuilder.ApplyConfiguration(new RefacturationBudgetConfiguration());
        modelBuilder.ApplyConfiguration(new ImportCamtConfiguration());
        modelBuilder.ApplyConfiguration(new EncaissementConfiguration());
        modelBuilder.ApplyConfiguration(new AffectationEncaissementConfiguration());
        modelBuilder.ApplyConfiguration(new FinancementProjeteConfiguration());
        modelBuilder.ApplyConfiguration(new CoFinanceurProjeteConfiguration());
        modelBuilder.ApplyConfiguration(new SeanceProjeteeConfiguration());
        modelBuilder.ApplyConfiguration(new MouvementSeanceConfiguration());
    }

    /// <summary>Budgets, budget runs, payment orders and batches, supplier invoices (the outgoing side of issue 7).</summary>
    private static void ConfigurerPaiementsSortants(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new BudgetConfiguration());
        modelBuilder.ApplyConfiguration(new VersionBudgetConfiguration());
        modelBuilder.ApplyConfiguration(new LigneBudgetConfiguration());
        modelBuilder.ApplyConfiguration(new ExecutionBudgetsConfiguration());
        modelBuilder.ApplyConfiguration(new AnomalieExecutionConfiguration());
        modelBuilder.ApplyConfiguration(new BlocageDossierConfiguration());
        modelBuilder.ApplyConfiguration(new OrdrePaiementConfiguration());
        modelBuilder.ApplyConfiguration(new LotPaiementsConfiguration());
        modelBuilder.ApplyConfiguration(new FactureFournisseurConfiguration());
        modelBuilder.ApplyConfiguration(new RepartitionFactureConfiguration());
    }
}
