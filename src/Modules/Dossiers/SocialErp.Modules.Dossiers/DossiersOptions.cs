namespace SocialErp.Modules.Dossiers;

/// <summary>Configuration section <c>Dossiers</c>.</summary>
internal sealed class DossiersOptions
{
    public const string SectionName = "Dossiers";

    /// <summary>Put before the year in dossier numbers (<c>DEM-2026-00042</c>); empty by default.</summary>
    public string PrefixeNumero { get; set; } = "";

    /// <summary>
    /// Whether the members of a dossier's service see it without being referents: <c>Service</c> (default) or
    /// <c>Referents</c> (only referents, their hierarchy and shares).
    /// </summary>
    public PolitiqueService PolitiqueService { get; set; } = PolitiqueService.Service;

    /// <summary>Services that follow the <c>Referents</c> policy whatever the default.</summary>
    public List<Guid> ServicesRestreints { get; set; } = [];

    /// <summary>
    /// Services whose dossiers' fundings must name a catalogue convention (<c>convention.conventionId</c>); elsewhere a
    /// free reference (the legacy form) or no convention is still accepted.
    /// </summary>
    public List<Guid> ServicesConventionCatalogue { get; set; } = [];
}

internal enum PolitiqueService
{
    Service,
    Referents,
}
