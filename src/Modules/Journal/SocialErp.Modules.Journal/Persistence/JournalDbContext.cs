using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Persistence;

internal sealed class JournalDbContext(DbContextOptions<JournalDbContext> options, ModuleDbContextDependencies dependencies)
    : ModuleDbContext(options, dependencies)
{
    public const string Schema = "journal";

    public override string ModuleName => Schema;

    public DbSet<Mutation> Mutations => Set<Mutation>();

    public DbSet<EntreeJournal> Entrees => Set<EntreeJournal>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Mutation>(b =>
        {
            b.HasKey(m => m.Id);
            b.Property(m => m.Id).ValueGeneratedNever();
            b.Property(m => m.Module).HasMaxLength(50);
            b.Property(m => m.Entite).HasMaxLength(100);
            b.Property(m => m.EntiteId).HasMaxLength(200);
            b.Property(m => m.Operation).HasConversion<string>().HasMaxLength(20);
            b.Property(m => m.UtilisateurEmail).HasMaxLength(254);
            b.HasIndex(m => m.MessageId).IsUnique();
            b.HasIndex(m => new { m.Module, m.Entite, m.EntiteId, m.Instant });
            b.HasIndex(m => m.Instant);
        });
        modelBuilder.Entity<EntreeJournal>(b =>
        {
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).ValueGeneratedNever();
            b.Property(e => e.CibleType).HasMaxLength(30);
            b.Property(e => e.Type).HasMaxLength(50);
            b.Property(e => e.Texte).HasMaxLength(8000);
            b.HasIndex(e => new { e.CibleType, e.CibleId, e.Date });
            b.HasIndex(e => e.SourceMessageId).IsUnique();
        });
    }
}
