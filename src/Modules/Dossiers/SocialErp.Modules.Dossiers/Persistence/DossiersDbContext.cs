using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class DossiersDbContext(DbContextOptions<DossiersDbContext> options)
    : ModuleDbContext(options)
{
    public const string Schema = "dossiers";

    public override string ModuleName => Schema;

    public DbSet<Dossier> Dossiers => Set<Dossier>();

    public DbSet<Membre> Membres => Set<Membre>();

    public DbSet<PeriodeUa> PeriodesUa => Set<PeriodeUa>();

    public DbSet<Referent> Referents => Set<Referent>();

    public DbSet<CompteurNumero> Compteurs => Set<CompteurNumero>();

    public DbSet<Prestation> Prestations => Set<Prestation>();

    public DbSet<DernierPaiement> DerniersPaiements => Set<DernierPaiement>();

    public DbSet<Seance> Seances => Set<Seance>();

    public DbSet<TypeEvenement> TypesEvenements => Set<TypeEvenement>();

    public DbSet<EvenementDossier> Evenements => Set<EvenementDossier>();

    public DbSet<Financement> Financements => Set<Financement>();

    public DbSet<ConventionFinancement> ConventionsFinancement => Set<ConventionFinancement>();

    public DbSet<ContactDossier> Contacts => Set<ContactDossier>();

    public DbSet<RoleContact> RolesContact => Set<RoleContact>();

    public DbSet<Objectif> Objectifs => Set<Objectif>();

    public DbSet<Memo> Memos => Set<Memo>();

    public DbSet<Structure> Structures => Set<Structure>();

    public DbSet<PlanningType> PlanningsTypes => Set<PlanningType>();

    public DbSet<Placement> Placements => Set<Placement>();

    public DbSet<ChampPersonnalise> ChampsPersonnalises => Set<ChampPersonnalise>();

    public DbSet<ValeursChamps> ValeursChamps => Set<ValeursChamps>();

    public DbSet<FusionFiches> FusionsFiches => Set<FusionFiches>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new DossierConfiguration());
        modelBuilder.ApplyConfiguration(new MembreConfiguration());
        modelBuilder.ApplyConfiguration(new PeriodeUaConfiguration());
        modelBuilder.ApplyConfiguration(new ReferentConfiguration());
        modelBuilder.ApplyConfiguration(new PartageConfiguration());
        modelBuilder.ApplyConfiguration(new ChangementStatutConfiguration());
        modelBuilder.ApplyConfiguration(new CompteurNumeroConfiguration());
        modelBuilder.ApplyConfiguration(new PrestationConfiguration());
        modelBuilder.ApplyConfiguration(new DernierPaiementConfiguration());
        modelBuilder.ApplyConfiguration(new SeanceConfiguration());
        modelBuilder.ApplyConfiguration(new TypeEvenementConfiguration());
        modelBuilder.ApplyConfiguration(new EvenementDossierConfiguration());
        modelBuilder.ApplyConfiguration(new FinancementConfiguration());
        modelBuilder.ApplyConfiguration(new CoFinanceurConfiguration());
        modelBuilder.ApplyConfiguration(new ConventionFinancementConfiguration());
        modelBuilder.ApplyConfiguration(new ContactDossierConfiguration());
        modelBuilder.ApplyConfiguration(new RoleContactConfiguration());
        modelBuilder.ApplyConfiguration(new ObjectifConfiguration());
        modelBuilder.ApplyConfiguration(new MemoConfiguration());
        modelBuilder.ApplyConfiguration(new VersionMemoConfiguration());
        modelBuilder.ApplyConfiguration(new StructureConfiguration());
        modelBuilder.ApplyConfiguration(new PlaceStructureConfiguration());
        modelBuilder.ApplyConfiguration(new PlanningTypeConfiguration());
        modelBuilder.ApplyConfiguration(new PlacementConfiguration());
        modelBuilder.ApplyConfiguration(new ChampPersonnaliseConfiguration());
        modelBuilder.ApplyConfiguration(new ValeursChampsConfiguration());
        modelBuilder.ApplyConfiguration(new ValeurChampConfiguration());
        modelBuilder.ApplyConfiguration(new FusionFichesConfiguration());
    }
}
