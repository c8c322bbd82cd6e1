using System.Reflection;
using Mono.Cecil;

namespace SocialErp.ArchitectureTests.Support;

/// <summary>
/// The product's assemblies read with Mono.Cecil (in memory, no file lock) and their type uses, computed once.
/// One lock serialises the reads: Cecil's resolver, used to decode attribute arguments, is not thread-safe.
/// </summary>
public static class CecilAssemblies
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, IReadOnlyList<TypeUse>> Uses = new(StringComparer.Ordinal);
    private static readonly DefaultAssemblyResolver Resolver = CreateResolver();

    /// <summary>Every type use in every type of <paramref name="assembly"/>, compiler-generated ones included (lambdas, state machines).</summary>
    public static IReadOnlyList<TypeUse> TypeUses(Assembly assembly)
    {
        lock (Gate)
        {
            if (!Uses.TryGetValue(assembly.Location, out var uses))
            {
                var module = ModuleDefinition.ReadModule(
                    assembly.Location,
                    new ReaderParameters { ReadingMode = ReadingMode.Immediate, InMemory = true, AssemblyResolver = Resolver });
                uses = module.GetTypes().SelectMany(TypeUsageScanner.UsesIn).ToList();
                Uses[assembly.Location] = uses;
            }

            return uses;
        }
    }

    private static DefaultAssemblyResolver CreateResolver()
    {
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(AppContext.BaseDirectory);
        return resolver;
    }
}
