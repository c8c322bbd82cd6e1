namespace SocialErp.SharedKernel.Demo;

/// <summary>
/// Fixed ids of the demo organisation (services and staff accounts) the host seeds when <c>Seed:DemoData</c> is on,
/// so modules' demo data can name referents and services. Nothing outside demo data may rely on them.
/// </summary>
public static class OrganisationDemo
{
    /// <summary>Centre social régional de Lausanne: the demo families' service.</summary>
    public static readonly Guid ServiceLausanne = new("0193a000-0000-7000-8000-00000000a001");

    /// <summary>Hospice général, Genève: a second service, to show what a service does not see.</summary>
    public static readonly Guid ServiceGeneve = new("0193a000-0000-7000-8000-00000000a002");

    /// <summary>Marc Kohler, team leader (gestionnaire) in Lausanne, Sophie Dupuis's manager.</summary>
    public static readonly Guid MarcKohler = new("0193a000-0000-7000-8000-00000000b001");

    /// <summary>Sophie Dupuis, social worker in Lausanne, referent of the demo dossiers.</summary>
    public static readonly Guid SophieDupuis = new("0193a000-0000-7000-8000-00000000b002");

    /// <summary>Giulia Bianchi, social worker in Genève.</summary>
    public static readonly Guid GiuliaBianchi = new("0193a000-0000-7000-8000-00000000b003");

    /// <summary>Nadia Rey, accountant (comptable) in Lausanne.</summary>
    public static readonly Guid NadiaRey = new("0193a000-0000-7000-8000-00000000b004");

    /// <summary>Luc Monnier, direction (sees every service).</summary>
    public static readonly Guid LucMonnier = new("0193a000-0000-7000-8000-00000000b005");
}
