using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>
/// The few statements messaging needs beyond LINQ: claiming rows under a lease and inserting into an inbox
/// without duplicates. Written once for SQLite and PostgreSQL; only the row-locking clause differs.
/// </summary>
internal static class MessageStore
{
    public static async Task<IReadOnlyList<long>> ClaimAsync<TMessage>(
        DbContext db, DateTime now, MessagingOptions options, bool onlyUnparked, CancellationToken cancellationToken)
        where TMessage : StoredMessage
    {
        var table = TableOf<TMessage>(db);
        var isPostgres = db.Database.IsNpgsql();
        var parked = onlyUnparked ? "AND m.parked_at IS NULL" : "";
        var parkedSibling = onlyUnparked ? "AND e.parked_at IS NULL" : "";
        var claimable = $"""
            FROM {table} m
            WHERE m.processed_at IS NULL {parked}
              AND (m.locked_until IS NULL OR m.locked_until < @now)
              AND (m.next_attempt_at IS NULL OR m.next_attempt_at <= @now)
              AND NOT EXISTS (
                  SELECT 1 FROM {table} e
                  WHERE e.aggregate_key = m.aggregate_key AND e.sequence < m.sequence
                    AND e.processed_at IS NULL {parkedSibling})
            """;

        // An UPDATE takes SQLite's single write lock even when it matches no row, and every pass claims in every
        // module: a read first keeps the idle claims out of the writers' queue.
        if (!isPostgres && (await QueryAsync(db, $"SELECT 1 {claimable} LIMIT 1", r => r.GetInt32(0), [("now", now)], cancellationToken)).Count == 0)
        {
            return [];
        }

        var sql = $"""
            UPDATE {table} SET locked_until = @until, locked_by = @owner
            WHERE sequence IN (
                SELECT m.sequence {claimable}
                ORDER BY m.sequence
                LIMIT @batch
                {(isPostgres ? "FOR UPDATE SKIP LOCKED" : "")})
            RETURNING sequence
            """;
        return await QueryAsync(
            db,
            sql,
            reader => reader.GetInt64(0),
            [("until", now + options.LeaseDuration), ("owner", options.InstanceId), ("now", now), ("batch", options.BatchSize)],
            cancellationToken);
    }

    /// <summary>Inserts the message unless the inbox already has it (a relay replayed after a crash).</summary>
    public static async Task InsertIntoInboxAsync(DbContext inboxDb, OutboxMessage message, string sourceModule, DateTime now, CancellationToken cancellationToken)
    {
        var table = TableOf<InboxMessage>(inboxDb);
        var sql = $"""
            INSERT INTO {table} (message_id, source_module, type, payload, aggregate_key, occurred_at, received_at, attempts, correlation_id, user_id)
            VALUES (@message_id, @source_module, @type, @payload, @aggregate_key, @occurred_at, @received_at, 0, @correlation_id, @user_id)
            ON CONFLICT (message_id) DO NOTHING
            """;
        await QueryAsync<int>(
            inboxDb,
            sql,
            null,
            [
                ("message_id", message.MessageId), ("source_module", sourceModule), ("type", message.Type),
                ("payload", message.Payload), ("aggregate_key", message.AggregateKey), ("occurred_at", message.OccurredAt),
                ("received_at", now), ("correlation_id", message.CorrelationId), ("user_id", message.UserId),
            ],
            cancellationToken);
    }

    private static string TableOf<TMessage>(DbContext db)
    {
        var entityType = db.Model.FindEntityType(typeof(TMessage))!;
        return db.GetService<ISqlGenerationHelper>().DelimitIdentifier(entityType.GetTableName()!, entityType.GetSchema());
    }

    private static async Task<IReadOnlyList<T>> QueryAsync<T>(
        DbContext db, string sql, Func<DbDataReader, T>? read, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        var typeMappings = db.GetService<IRelationalTypeMappingSource>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var (name, value) in parameters)
            {
                // The provider's own mapping, so a Guid or an instant is bound exactly as EF Core stores it.
                var mapping = value is null ? null : typeMappings.FindMapping(value.GetType());
                command.Parameters.Add(mapping is null
                    ? CreateNull(command, name)
                    : mapping.CreateParameter(command, name, value, nullable: true));
            }

            if (read is null)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
                return [];
            }

            var results = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                results.Add(read(reader));
            }

            return results;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static DbParameter CreateNull(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = DBNull.Value;
        return parameter;
    }
}
