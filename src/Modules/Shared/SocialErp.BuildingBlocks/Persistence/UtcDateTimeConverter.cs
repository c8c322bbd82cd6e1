using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>Instants are stored and read as UTC on every provider (SQLite returns unspecified kinds).</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
