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
    /// <summary>
    /// Claims up to a batch of deliverable rows, oldest first: unprocessed, not leased, not waiting for a retry, and
    /// no earlier unprocessed row of the same aggregate ahead of them.
    /// </summary>
    /// <remarks>
    /// The waiting rows are read page by page in sequence order and the rule is applied here, so a claim costs the same
    /// whatever the backlog and the history. As one SQL statement (an anti-join over the waiting rows), PostgreSQL planned
    /// it over every waiting row, and the check for an earlier row of the same aggregate read that aggregate's processed
    /// history: 25–110 ms per claim with 5–8 k rows waiting, over a second with a history of 100 k rows, on tables too
    /// young for statistics. A page is a range of the (processed_at, sequence) index, whatever the statistics say.
    /// The lease is then taken by a conditional UPDATE: of two instances reading the same rows, one gets each row.
    /// </remarks>
    public static async Task<IReadOnlyList<long>> ClaimAsync<TMessage>(
        DbContext db, DateTime now, MessagingOptions options, bool onlyUnparked, CancellationToken cancellationToken)
        where TMessage : StoredMessage
    {
        var table = TableOf<TMessage>(db);
        var parked = onlyUnparked ? "AND parked_at IS NULL" : "";
        var pageSize = options.BatchSize * ClaimPageBatches;
        var page = $"""
            SELECT sequence, aggregate_key, locked_until, next_attempt_at FROM {table}
            WHERE processed_at IS NULL {parked} AND sequence > @after
            ORDER BY processed_at, sequence
            LIMIT @page
            """;

        var aggregatesAhead = new HashSet<string>(StringComparer.Ordinal);
        var deliverable = new List<long>();
        var after = 0L;
        while (deliverable.Count < options.BatchSize)
        {
            var rows = await QueryAsync(db, page, ReadWaitingRow, [("after", after), ("page", pageSize)], cancellationToken);
            foreach (var row in rows)
            {
                // An aggregate's first waiting row holds back the later ones, leased or not.
                var first = row.AggregateKey is null || aggregatesAhead.Add(row.AggregateKey);
                var free = row.LockedUntil is null || row.LockedUntil < now;
                var due = row.NextAttemptAt is null || row.NextAttemptAt <= now;
                if (first && free && due && deliverable.Count < options.BatchSize)
                {
                    deliverable.Add(row.Sequence);
                }
            }

            if (rows.Count < pageSize)
            {
                break;
            }

            after = rows[^1].Sequence;
        }

        // Nothing deliverable, nothing written: SQLite's single writer is not taken by an idle claim.
        if (deliverable.Count == 0)
        {
            return [];
        }

        var lease = $"""
            UPDATE {table} SET locked_until = @until, locked_by = @owner
            WHERE sequence IN ({string.Join(", ", deliverable)}) AND processed_at IS NULL
              AND (locked_until IS NULL OR locked_until < @now)
            RETURNING sequence
            """;
        return await QueryAsync(
            db, lease, reader => reader.GetInt64(0),
            [("until", now + options.LeaseDuration), ("owner", options.InstanceId), ("now", now)], cancellationToken);
    }

    /// <summary>How many batches' worth of waiting rows a claim reads at a time.</summary>
    private const int ClaimPageBatches = 2;

    private static WaitingRow ReadWaitingRow(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.IsDBNull(1) ? null : reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTime>(2),
        reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTime>(3));

    private sealed record WaitingRow(long Sequence, string? AggregateKey, DateTime? LockedUntil, DateTime? NextAttemptAt);

    /// <summary>Rows one inbox INSERT carries at most: 9 parameters each, SQLite takes 32 766 per statement.</summary>
    public const int MaxRowsPerInsert = 1000;

    /// <summary>
    /// Inserts the messages, in one statement, except those the inbox already has (a relay replayed after a crash).
    /// </summary>
    public static async Task InsertIntoInboxAsync(
        DbContext inboxDb, IReadOnlyList<OutboxMessage> messages, string sourceModule, DateTime now, CancellationToken cancellationToken)
    {
        var table = TableOf<InboxMessage>(inboxDb);
        var rows = new List<string>(messages.Count);
        var parameters = new List<(string Name, object? Value)>(messages.Count * 9 + 2)
        {
            ("source_module", sourceModule),
            ("received_at", now),
        };
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            rows.Add($"(@message_id{i}, @source_module, @type{i}, @payload{i}, @aggregate_key{i}, @occurred_at{i}, @received_at, 0, @correlation_id{i}, @user_id{i})");
            parameters.AddRange([
                ($"message_id{i}", message.MessageId), ($"type{i}", message.Type), ($"payload{i}", message.Payload),
                ($"aggregate_key{i}", message.AggregateKey), ($"occurred_at{i}", message.OccurredAt),
                ($"correlation_id{i}", message.CorrelationId), ($"user_id{i}", message.UserId),
            ]);
        }

        var sql = $"""
            INSERT INTO {table} (message_id, source_module, type, payload, aggregate_key, occurred_at, received_at, attempts, correlation_id, user_id)
            VALUES {string.Join(", ", rows)}
            ON CONFLICT (message_id) DO NOTHING
            """;
        await QueryAsync<int>(inboxDb, sql, null, [.. parameters], cancellationToken);
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
