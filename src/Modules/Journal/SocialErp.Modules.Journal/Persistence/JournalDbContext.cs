using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Persistence;

internal sealed class JournalDbContext(DbContextOptions<JournalDbContext> options)
    : ModuleDbContext(options)
{
    public const string Schema = "journal";

    public override string ModuleName => Schema;

    public DbSet<Mutation> Mutations => Set<Mutation>();

    public DbSet<EntreeJournal> Entrees => Set<EntreeJournal>();

    public DbSet<EntreeVersion> VersionsEntrees => Set<EntreeVersion>();

    public DbSet<EntreeDeplacee> EntreesDeplacees => Set<EntreeDeplacee>();

    public DbSet<ParticipantsRepointes> ParticipantsRepointes => Set<ParticipantsRepointes>();

    public DbSet<Echeance> Echeances => Set<Echeance>();

    public DbSet<DossierSuivi> Dossiers => Set<DossierSuivi>();

    public DbSet<WorkflowDefinition> WorkflowDefinitions => Set<WorkflowDefinition>();

    public DbSet<WorkflowInstance> WorkflowInstances => Set<WorkflowInstance>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<SeanceSuivie> Seances => Set<SeanceSuivie>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(JournalDbContext).Assembly);
}
