namespace SocialErp.ArchitectureTests.Support;

/// <summary>The layers of the dependency table in docs/architecture.md.</summary>
public enum PartKind
{
    Unclassified,
    SharedKernel,
    BuildingBlocks,
    ModuleContracts,
    Module,
    Host,
}
