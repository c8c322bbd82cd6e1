using System.Text.RegularExpressions;
using SocialErp.ArchitectureTests.Support;

namespace SocialErp.ArchitectureTests.Dependencies;

/// <summary>Domain code is plain C#: persistence and HTTP stay in Persistence/ and Features/.</summary>
[Trait("Category", "Architecture")]
public sealed partial class DomainPurityTests
{
    private static readonly string[] ForbiddenPrefixes = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore"];

    [Fact]
    public void DomainTypes_UseFrameworkTypes_NeitherEfCoreNorAspNetCore()
    {
        var domainUses = SolutionAssemblies.Modules.Concat(SolutionAssemblies.Contracts)
            .SelectMany(CecilAssemblies.TypeUses)
            .Where(use => DomainNamespace().IsMatch(use.UserNamespace))
            .ToList();
        var domainTypes = domainUses.Select(use => use.User.FullName).ToHashSet(StringComparer.Ordinal);
        ArchitectureAssert.Scanned("domain types", domainTypes, 1);

        ArchitectureAssert.NoOffenders(
            "Types in SocialErp.Modules.*.Domain use no Microsoft.EntityFrameworkCore* nor Microsoft.AspNetCore* type",
            domainUses
                .Where(use => ForbiddenPrefixes.Any(p =>
                    use.UsedNamespace.StartsWith(p, StringComparison.Ordinal) || use.UsedAssembly.StartsWith(p, StringComparison.Ordinal)))
                .Select(use => use.ToString()));
    }

    [GeneratedRegex(@"^SocialErp\.Modules\.[A-Za-z0-9]+\.Domain(\..+)?$")]
    private static partial Regex DomainNamespace();
}
