using System.Text.RegularExpressions;

namespace SocialErp.ArchitectureTests.Support;

/// <summary>
/// What a project or assembly is in the architecture, from its name. <c>SocialErp.Modules.X.Y</c> (Y not
/// Contracts) counts as part of module X's implementation, for a module split into several projects.
/// </summary>
public sealed partial record SolutionPart(string Name, PartKind Kind, string? Module)
{
    public const string SharedKernelName = "SocialErp.SharedKernel";
    public const string BuildingBlocksName = "SocialErp.BuildingBlocks";
    public const string HostName = "SocialErp.Host";

    public bool IsSocialErp => Name.StartsWith("SocialErp.", StringComparison.Ordinal);

    public static SolutionPart Of(string name)
    {
        if (name == SharedKernelName)
        {
            return new(name, PartKind.SharedKernel, null);
        }

        if (name == BuildingBlocksName)
        {
            return new(name, PartKind.BuildingBlocks, null);
        }

        if (name == HostName)
        {
            return new(name, PartKind.Host, null);
        }

        var match = ModuleProject().Match(name);
        if (!match.Success)
        {
            return new(name, PartKind.Unclassified, null);
        }

        var module = match.Groups["module"].Value;
        return match.Groups["rest"].Value == ".Contracts"
            ? new(name, PartKind.ModuleContracts, module)
            : new(name, PartKind.Module, module);
    }

    public override string ToString() => Name;

    [GeneratedRegex(@"^SocialErp\.Modules\.(?<module>[A-Za-z0-9]+)(?<rest>(\.[A-Za-z0-9]+)*)$")]
    private static partial Regex ModuleProject();
}
