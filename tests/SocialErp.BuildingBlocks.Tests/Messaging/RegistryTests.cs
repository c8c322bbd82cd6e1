using SocialErp.BuildingBlocks.Messaging;
using SocialErp.SharedKernel.Audit;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.BuildingBlocks.Tests.Messaging;

[Trait("Category", "Unit")]
public sealed class RegistryTests
{
    [Fact]
    public void Registry_SharedKernelEvents_MapsNamesBothWays()
    {
        var registry = IntegrationEventRegistry.FromAssemblies([typeof(MutationEnregistreeIntegrationEvent).Assembly]);

        Assert.Equal("plateforme.mutation-enregistree.v1", registry.NameOf(typeof(MutationEnregistreeIntegrationEvent)));
        Assert.Equal(typeof(MutationEnregistreeIntegrationEvent), registry.TypeOf("plateforme.mutation-enregistree.v1"));
        Assert.Null(registry.TypeOf("plateforme.inconnu.v1"));
    }

    [Fact]
    public void Registry_DuplicateWireName_FailsAtStartup()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => IntegrationEventRegistry.FromAssemblies([typeof(RegistryTests).Assembly]));

        Assert.Contains("tests.doublon.v1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serializer_RoundTrip_KeepsValuesAndRefusesUnknownTypes()
    {
        var registry = IntegrationEventRegistry.FromAssemblies([typeof(MutationEnregistreeIntegrationEvent).Assembly]);
        var serializer = new IntegrationEventSerializer(registry);
        var mutation = new MutationEnregistreeIntegrationEvent(
            "fiches", "Fiche", "42", OperationMutation.Modification, null, null, new DateTime(2026, 11, 22, 10, 0, 0, DateTimeKind.Utc),
            [new ChangementChamp("Nom", "Muller", "Müller")]);

        var back = (MutationEnregistreeIntegrationEvent)serializer.Deserialize("plateforme.mutation-enregistree.v1", IntegrationEventSerializer.Serialize(mutation));

        Assert.Equal(mutation.EventId, back.EventId);
        Assert.Equal("Müller", Assert.Single(back.Changements).Nouvelle);
        Assert.Equal(OperationMutation.Modification, back.Operation);
        Assert.Throws<PermanentMessageException>(() => serializer.Deserialize("plateforme.inconnu.v1", "{}"));
        Assert.Throws<PermanentMessageException>(() => serializer.Deserialize("plateforme.mutation-enregistree.v1", "{pas du json"));
    }

    [Fact]
    public void Catalogue_HandlerNameLongerThanTheInboxKey_FailsAtStartup()
    {
        var registry = IntegrationEventRegistry.FromAssemblies([typeof(MutationEnregistreeIntegrationEvent).Assembly]);
        var generique = typeof(Dictionary<MutationEnregistreeIntegrationEvent, List<ConsultationEnregistreeIntegrationEvent>>);
        Subscription Abonnement(Type handler) => new("tests", typeof(MutationEnregistreeIntegrationEvent), handler, (_, _, _) => Task.CompletedTask);

        var exception = Assert.Throws<InvalidOperationException>(() => new SubscriptionCatalogue([Abonnement(generique)], registry));

        Assert.Contains("longer than 200", exception.Message, StringComparison.Ordinal);
        Assert.Equal(["tests"], new SubscriptionCatalogue([Abonnement(typeof(RegistryTests))], registry)
            .SubscribedModules("plateforme.mutation-enregistree.v1"));
    }

    [Fact]
    public void RetrySchedule_DoublesAndCaps()
    {
        var options = new MessagingOptions { RetryBaseDelay = TimeSpan.FromSeconds(5) };

        Assert.Equal(TimeSpan.FromSeconds(5), RetrySchedule.Delay(options, 1));
        Assert.Equal(TimeSpan.FromSeconds(20), RetrySchedule.Delay(options, 3));
        Assert.Equal(TimeSpan.FromHours(1), RetrySchedule.Delay(options, 30));
    }
}

[IntegrationEventName("tests.doublon.v1")]
public sealed record PremierDoublonIntegrationEvent : IntegrationEvent
{
    public override string AggregateKey => "a";
}

[IntegrationEventName("tests.doublon.v1")]
public sealed record SecondDoublonIntegrationEvent : IntegrationEvent
{
    public override string AggregateKey => "b";
}
