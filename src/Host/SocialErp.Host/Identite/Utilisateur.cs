using Microsoft.AspNetCore.Identity;

namespace SocialErp.Host.Identite;

/// <summary>A user of SocialErp: a trade (métier), a service and a manager drive what they may see and do.</summary>
internal sealed class Utilisateur : IdentityUser<Guid>
{
    public string Nom { get; set; } = "";

    public string Prenom { get; set; } = "";

    public string Metier { get; set; } = "";

    public Guid? ServiceId { get; set; }

    public Guid? ManagerId { get; set; }

    public bool Actif { get; set; } = true;
}
