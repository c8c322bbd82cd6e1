using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SocialErp.Modules.Dossiers.Persistence;

/// <summary>Small value lists and maps stored as one JSON text column (read and written whole, never queried).</summary>
internal static class ColonneJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<T> EnJson<T>(this PropertyBuilder<T> builder)
        where T : class
    {
        builder.HasConversion(
            valeur => JsonSerializer.Serialize(valeur, Options),
            texte => JsonSerializer.Deserialize<T>(texte, Options)!,
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
                valeur => JsonSerializer.Serialize(valeur, Options).GetHashCode(StringComparison.Ordinal),
                valeur => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(valeur, Options), Options)!));
        return builder;
    }
}
