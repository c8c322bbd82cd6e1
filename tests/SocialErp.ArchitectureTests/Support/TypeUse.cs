using Mono.Cecil;

namespace SocialErp.ArchitectureTests.Support;

/// <summary>One place where a type of an assembly uses another type (a signature, an attribute, an IL operand…).</summary>
public sealed record TypeUse(TypeDefinition User, string Where, TypeReference Used)
{
    /// <summary>The assembly the used type is declared in, as the user's metadata names it.</summary>
    public string UsedAssembly => Used.Scope switch
    {
        AssemblyNameReference reference => reference.Name,
        ModuleDefinition module => module.Assembly.Name.Name,
        var other => other.Name,
    };

    /// <summary>The used type's namespace; a nested type takes its outermost declaring type's.</summary>
    public string UsedNamespace => CecilNames.Namespace(Used);

    /// <summary>The user's namespace; compiler-generated closures and state machines count as their declaring type.</summary>
    public string UserNamespace => CecilNames.Namespace(User);

    public override string ToString() => $"{Where} uses {Used.FullName} ({UsedAssembly})";
}
