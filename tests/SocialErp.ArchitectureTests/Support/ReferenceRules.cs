namespace SocialErp.ArchitectureTests.Support;

/// <summary>
/// The "may reference" table of docs/architecture.md, in one place for the project, assembly and type-use tests.
/// </summary>
public static class ReferenceRules
{
    /// <summary>Why <paramref name="from"/> may not depend on <paramref name="to"/>, or null when it may.</summary>
    public static string? Violation(SolutionPart from, SolutionPart to)
    {
        if (to.Kind == PartKind.Unclassified)
        {
            return "an unclassified SocialErp project (name it SocialErp.SharedKernel, SocialErp.BuildingBlocks or SocialErp.Modules.<Module>[.Contracts])";
        }

        return from.Kind switch
        {
            PartKind.SharedKernel => "SharedKernel references no other project",
            PartKind.BuildingBlocks => to.Kind == PartKind.SharedKernel ? null : "BuildingBlocks references only SharedKernel",
            PartKind.ModuleContracts => to.Kind == PartKind.SharedKernel ? null : "a module's Contracts reference only SharedKernel",
            PartKind.Module => to.Kind switch
            {
                PartKind.SharedKernel or PartKind.BuildingBlocks or PartKind.ModuleContracts => null,
                PartKind.Module when to.Module == from.Module => null,
                PartKind.Module => "a module never references another module's implementation, only its Contracts",
                PartKind.Host => "a module never references the Host",
                _ => $"a module may not reference {to.Kind}",
            },
            PartKind.Host => null,
            _ => "the referencing project is unclassified",
        };
    }
}
