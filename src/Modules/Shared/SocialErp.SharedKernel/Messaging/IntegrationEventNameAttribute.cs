namespace SocialErp.SharedKernel.Messaging;

/// <summary>
/// The stable wire name of an integration event, <c>module.evenement.vN</c>. Stored in outbox and inbox rows:
/// renaming the CLR type never breaks stored messages, changing the payload shape means a new version.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class IntegrationEventNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
