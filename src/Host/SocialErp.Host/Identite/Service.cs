namespace SocialErp.Host.Identite;

/// <summary>An organisational unit (service, sector) users belong to and data is owned by.</summary>
internal sealed class Service
{
    public Guid Id { get; set; }

    public string Code { get; set; } = "";

    public string Nom { get; set; } = "";
}
