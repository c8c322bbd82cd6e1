using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>The version of a dossier's allocation unit this module holds; an event replaces it only when newer.</summary>
[NonAudite]
internal sealed class UniteAllocationProjetee
{
    public Guid DossierId { get; private set; }

    public long VersionSource { get; private set; }

    public DateTime MiseAJourLe { get; private set; }

    public static UniteAllocationProjetee De(Guid dossierId, long version, DateTime le) =>
        new() { DossierId = dossierId, VersionSource = version, MiseAJourLe = le };

    public bool AccepteVersion(long version) => version > VersionSource;

    public void Remplacer(long version, DateTime le)
    {
        VersionSource = version;
        MiseAJourLe = le;
    }
}
