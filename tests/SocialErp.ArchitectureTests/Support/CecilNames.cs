using Mono.Cecil;

namespace SocialErp.ArchitectureTests.Support;

public static class CecilNames
{
    public static string Namespace(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.Namespace;
    }
}
