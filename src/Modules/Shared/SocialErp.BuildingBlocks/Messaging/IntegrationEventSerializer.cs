using System.Text.Json;
using System.Text.Json.Serialization;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>JSON payloads of integration events (camelCase, enums as strings).</summary>
public sealed class IntegrationEventSerializer(IntegrationEventRegistry registry)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public IntegrationEventRegistry Registry { get; } = registry;

    public static string Serialize(IntegrationEvent integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Options);

    public IntegrationEvent Deserialize(string type, string payload)
    {
        var eventType = Registry.TypeOf(type)
            ?? throw new PermanentMessageException($"Type de message inconnu : '{type}'.");
        try
        {
            return (IntegrationEvent)(JsonSerializer.Deserialize(payload, eventType, Options)
                ?? throw new PermanentMessageException($"Message '{type}' vide."));
        }
        catch (JsonException exception)
        {
            throw new PermanentMessageException($"Message '{type}' illisible : {exception.Message}", exception);
        }
    }
}
