using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Statistiques.Domain.Executions;
using SocialErp.Modules.Statistiques.Domain.Lecture;
using SocialErp.Modules.Statistiques.Domain.Listes;
using SocialErp.Modules.Statistiques.Domain.Modeles;

namespace SocialErp.Modules.Statistiques.Persistence;

internal sealed class StatistiquesDbContext(DbContextOptions<StatistiquesDbContext> options)
    : ModuleDbContext(options)
{
    public const string Schema = "statistiques";

    public override string ModuleName => Schema;

    public DbSet<EvenementSource> EvenementsSource => Set<EvenementSource>();

    public DbSet<PersonneLecture> Personnes => Set<PersonneLecture>();

    public DbSet<DossierLecture> Dossiers => Set<DossierLecture>();

    public DbSet<MembreUniteLecture> MembresUnite => Set<MembreUniteLecture>();

    public DbSet<LigneEcritureLecture> LignesEcriture => Set<LigneEcritureLecture>();

    public DbSet<PaiementLecture> Paiements => Set<PaiementLecture>();

    public DbSet<DeplacementFusionLecture> DeplacementsFusion => Set<DeplacementFusionLecture>();

    public DbSet<EvenementDossierLecture> EvenementsDossier => Set<EvenementDossierLecture>();

    public DbSet<SeanceLecture> Seances => Set<SeanceLecture>();

    public DbSet<FinancementLecture> Financements => Set<FinancementLecture>();

    public DbSet<ChampDossierLecture> ChampsDossier => Set<ChampDossierLecture>();

    public DbSet<ModeleStatistique> Modeles => Set<ModeleStatistique>();

    public DbSet<ExecutionStatistique> Executions => Set<ExecutionStatistique>();

    public DbSet<FichierExecution> FichiersExecution => Set<FichierExecution>();

    public DbSet<ListeStatistique> Listes => Set<ListeStatistique>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StatistiquesDbContext).Assembly);
}
