using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using SocialErp.BuildingBlocks.Persistence;

namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>Maps a module's outbox, inbox and inbox-consumer tables (the same shape in every module).</summary>
public static class MessagingModelBuilderExtensions
{
    public const int TypeMaxLength = 200;
    public const int AggregateKeyMaxLength = 200;
    public const int ModuleMaxLength = 50;
    public const int LockedByMaxLength = 100;
    public const int CorrelationIdMaxLength = 64;
    public const int ErrorMaxLength = 4000;

    public static ModelBuilder AddMessagingTables(this ModelBuilder modelBuilder, string module)
    {
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable(NamingConventions.TableName(module, nameof(OutboxMessage)));
            ConfigureStoredMessage(b);
        });
        modelBuilder.Entity<InboxMessage>(b =>
        {
            b.ToTable(NamingConventions.TableName(module, nameof(InboxMessage)));
            ConfigureStoredMessage(b);
            b.Property(m => m.SourceModule).HasMaxLength(ModuleMaxLength);
            b.HasIndex(m => m.ParkedAt);
        });
        modelBuilder.Entity<InboxMessageConsumer>(b =>
        {
            b.ToTable(NamingConventions.TableName(module, nameof(InboxMessageConsumer)));
            b.HasKey(c => new { c.MessageId, c.Handler });
            b.Property(c => c.Handler).HasMaxLength(TypeMaxLength);
        });
        return modelBuilder;
    }

    private static void ConfigureStoredMessage<T>(EntityTypeBuilder<T> b)
        where T : StoredMessage
    {
        b.HasKey(m => m.Sequence);
        b.Property(m => m.Sequence)
            .ValueGeneratedOnAdd()
            .HasAnnotation("Sqlite:Autoincrement", true)
            .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
        b.HasIndex(m => m.MessageId).IsUnique();
        b.HasIndex(m => new { m.ProcessedAt, m.Sequence });
        b.HasIndex(m => new { m.AggregateKey, m.Sequence });
        b.Property(m => m.Type).HasMaxLength(TypeMaxLength);
        b.Property(m => m.AggregateKey).HasMaxLength(AggregateKeyMaxLength);
        b.Property(m => m.LastError).HasMaxLength(ErrorMaxLength);
        b.Property(m => m.LockedBy).HasMaxLength(LockedByMaxLength);
        b.Property(m => m.CorrelationId).HasMaxLength(CorrelationIdMaxLength);
    }
}
