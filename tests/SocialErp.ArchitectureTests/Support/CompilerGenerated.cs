using System.CodeDom.Compiler;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace SocialErp.ArchitectureTests.Support;

/// <summary>Types the compiler or a source generator wrote, which house style rules do not apply to.</summary>
public static class CompilerGenerated
{
    public static bool Is(Type type)
    {
        for (var current = type; current is not null; current = current.DeclaringType)
        {
            if (current.Name.Contains('<', StringComparison.Ordinal)
                || current.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
                || current.IsDefined(typeof(GeneratedCodeAttribute), inherit: false))
            {
                return true;
            }
        }

        return false;
    }
}
