using SocialErp.BuildingBlocks.Modules;
using SocialErp.Modules.Comptabilite;
using SocialErp.Modules.Dossiers;
using SocialErp.Modules.Fiches;
using SocialErp.Modules.Ged;
using SocialErp.Modules.Journal;
using SocialErp.Modules.Statistiques;

namespace SocialErp.Host.Platform;

/// <summary>The modules this host runs. Adding a module is one line here.</summary>
internal static class ModuleCatalogue
{
    public static IReadOnlyList<IModule> All { get; } =
    [
        new FichesModule(),
        new DossiersModule(),
        new JournalModule(),
        new ComptabiliteModule(),
        new GedModule(),
        new StatistiquesModule(),
    ];
}
