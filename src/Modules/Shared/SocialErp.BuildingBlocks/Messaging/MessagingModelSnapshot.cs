using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using SocialErp.BuildingBlocks.Persistence;

namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>
/// The messaging tables as they stand after the migrations, in model-snapshot form, for each module's
/// hand-written ModelSnapshot. Written independently of <see cref="MessagingModelBuilderExtensions"/> on
/// purpose: a drift between the two makes HasPendingModelChanges() true and the schema test fail.
/// </summary>
public static class MessagingModelSnapshot
{
    public static void Build(ModelBuilder modelBuilder, string module)
    {
        modelBuilder.Entity("SocialErp.BuildingBlocks.Messaging.OutboxMessage", b =>
        {
            StoredMessage(b);
            b.ToTable(NamingConventions.TableName(module, "OutboxMessage"), module);
        });
        modelBuilder.Entity("SocialErp.BuildingBlocks.Messaging.InboxMessage", b =>
        {
            StoredMessage(b);
            b.Property<string>("SourceModule").IsRequired().HasMaxLength(50).HasColumnName("source_module");
            b.Property<DateTime>("ReceivedAt").HasColumnName("received_at");
            b.Property<DateTime?>("ParkedAt").HasColumnName("parked_at");
            b.HasIndex("ParkedAt");
            b.ToTable(NamingConventions.TableName(module, "InboxMessage"), module);
        });
        modelBuilder.Entity("SocialErp.BuildingBlocks.Messaging.InboxMessageConsumer", b =>
        {
            b.Property<Guid>("MessageId").HasColumnName("message_id");
            b.Property<string>("Handler").HasMaxLength(200).HasColumnName("handler");
            b.Property<DateTime>("ProcessedAt").HasColumnName("processed_at");
            b.HasKey("MessageId", "Handler");
            b.ToTable(NamingConventions.TableName(module, "InboxMessageConsumer"), module);
        });
    }

    private static void StoredMessage(EntityTypeBuilder b)
    {
        b.Property<long>("Sequence")
            .ValueGeneratedOnAdd()
            .HasColumnName("sequence")
            .HasAnnotation("Sqlite:Autoincrement", true)
            .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
        b.Property<Guid>("MessageId").HasColumnName("message_id");
        b.Property<string>("Type").IsRequired().HasMaxLength(200).HasColumnName("type");
        b.Property<string>("Payload").IsRequired().HasColumnName("payload");
        b.Property<string>("AggregateKey").HasMaxLength(200).HasColumnName("aggregate_key");
        b.Property<DateTime>("OccurredAt").HasColumnName("occurred_at");
        b.Property<DateTime?>("ProcessedAt").HasColumnName("processed_at");
        b.Property<int>("Attempts").HasColumnName("attempts");
        b.Property<string>("LastError").HasMaxLength(4000).HasColumnName("last_error");
        b.Property<DateTime?>("NextAttemptAt").HasColumnName("next_attempt_at");
        b.Property<DateTime?>("LockedUntil").HasColumnName("locked_until");
        b.Property<string>("LockedBy").HasMaxLength(100).HasColumnName("locked_by");
        b.Property<string>("CorrelationId").HasMaxLength(64).HasColumnName("correlation_id");
        b.Property<Guid?>("UserId").HasColumnName("user_id");
        b.HasKey("Sequence");
        b.HasIndex("MessageId").IsUnique();
        b.HasIndex("ProcessedAt", "Sequence");
        b.HasIndex("AggregateKey", "Sequence");
    }
}
