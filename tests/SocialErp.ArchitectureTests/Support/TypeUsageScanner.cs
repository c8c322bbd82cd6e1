using Mono.Cecil;
using Mono.Cecil.Cil;

namespace SocialErp.ArchitectureTests.Support;

/// <summary>
/// Every type a type definition uses: base type, interfaces, generic constraints, attributes (with their
/// <c>typeof</c> arguments), field, property and event types, method signatures and overrides, and in method
/// bodies the locals, catch clauses and IL operands (types, members' declaring and signature types).
/// Generic instances, arrays, pointers and modifiers are unwrapped to the types they are made of.
/// </summary>
public static class TypeUsageScanner
{
    public static IReadOnlyList<TypeUse> UsesIn(TypeDefinition type)
    {
        var uses = new List<TypeUse>();
        var name = type.FullName;
        void Add(TypeReference? used, string where)
        {
            if (used is not null)
            {
                uses.AddRange(Flatten(used).Select(t => new TypeUse(type, where, t)));
            }
        }

        AddAttributes(type.CustomAttributes, $"{name} attribute", Add);
        Add(type.BaseType, $"{name} base type");
        foreach (var implementation in type.Interfaces)
        {
            Add(implementation.InterfaceType, $"{name} interface");
        }

        AddGenericConstraints(type.GenericParameters, $"{name} generic constraint", Add);
        foreach (var field in type.Fields)
        {
            Add(field.FieldType, $"{name}.{field.Name} field");
            AddAttributes(field.CustomAttributes, $"{name}.{field.Name} attribute", Add);
        }

        foreach (var property in type.Properties)
        {
            Add(property.PropertyType, $"{name}.{property.Name} property");
            AddAttributes(property.CustomAttributes, $"{name}.{property.Name} attribute", Add);
        }

        foreach (var @event in type.Events)
        {
            Add(@event.EventType, $"{name}.{@event.Name} event");
            AddAttributes(@event.CustomAttributes, $"{name}.{@event.Name} attribute", Add);
        }

        foreach (var method in type.Methods)
        {
            AddMethod(method, $"{name}::{method.Name}", Add);
        }

        return uses;
    }

    private static void AddMethod(MethodDefinition method, string where, Action<TypeReference?, string> add)
    {
        AddAttributes(method.CustomAttributes, $"{where} attribute", add);
        add(method.ReturnType, $"{where} signature");
        AddAttributes(method.MethodReturnType.CustomAttributes, $"{where} return attribute", add);
        foreach (var parameter in method.Parameters)
        {
            add(parameter.ParameterType, $"{where} signature");
            AddAttributes(parameter.CustomAttributes, $"{where} parameter attribute", add);
        }

        AddGenericConstraints(method.GenericParameters, $"{where} generic constraint", add);
        foreach (var overridden in method.Overrides)
        {
            AddMember(overridden, $"{where} override", add);
        }

        if (!method.HasBody)
        {
            return;
        }

        var body = $"{where} body";
        foreach (var variable in method.Body.Variables)
        {
            add(variable.VariableType, body);
        }

        foreach (var handler in method.Body.ExceptionHandlers)
        {
            add(handler.CatchType, body);
        }

        foreach (var instruction in method.Body.Instructions)
        {
            switch (instruction.Operand)
            {
                case TypeReference type:
                    add(type, body);
                    break;
                case MemberReference member:
                    AddMember(member, body, add);
                    break;
                case CallSite callSite:
                    add(callSite.ReturnType, body);
                    foreach (var parameter in callSite.Parameters)
                    {
                        add(parameter.ParameterType, body);
                    }

                    break;
            }
        }
    }

    private static void AddMember(MemberReference member, string where, Action<TypeReference?, string> add)
    {
        add(member.DeclaringType, where);
        switch (member)
        {
            case GenericInstanceMethod generic:
                foreach (var argument in generic.GenericArguments)
                {
                    add(argument, where);
                }

                AddMember(generic.ElementMethod, where, add);
                break;
            case MethodReference method:
                add(method.ReturnType, where);
                foreach (var parameter in method.Parameters)
                {
                    add(parameter.ParameterType, where);
                }

                break;
            case FieldReference field:
                add(field.FieldType, where);
                break;
        }
    }

    private static void AddAttributes(IEnumerable<CustomAttribute> attributes, string where, Action<TypeReference?, string> add)
    {
        foreach (var attribute in attributes)
        {
            add(attribute.AttributeType, where);
            var arguments = attribute.ConstructorArguments
                .Concat(attribute.Properties.Select(p => p.Argument))
                .Concat(attribute.Fields.Select(f => f.Argument));
            foreach (var argument in arguments)
            {
                AddArgument(argument, where, add);
            }
        }
    }

    private static void AddArgument(CustomAttributeArgument argument, string where, Action<TypeReference?, string> add)
    {
        switch (argument.Value)
        {
            case TypeReference type:
                add(type, where);
                break;
            case CustomAttributeArgument boxed:
                AddArgument(boxed, where, add);
                break;
            case CustomAttributeArgument[] array:
                foreach (var element in array)
                {
                    AddArgument(element, where, add);
                }

                break;
        }
    }

    private static void AddGenericConstraints(IEnumerable<GenericParameter> parameters, string where, Action<TypeReference?, string> add)
    {
        foreach (var constraint in parameters.SelectMany(p => p.Constraints))
        {
            add(constraint.ConstraintType, where);
        }
    }

    private static IEnumerable<TypeReference> Flatten(TypeReference type)
    {
        switch (type)
        {
            case GenericParameter:
                yield break;
            case GenericInstanceType generic:
                foreach (var part in Flatten(generic.ElementType).Concat(generic.GenericArguments.SelectMany(Flatten)))
                {
                    yield return part;
                }

                break;
            case FunctionPointerType pointer:
                foreach (var part in Flatten(pointer.ReturnType).Concat(pointer.Parameters.SelectMany(p => Flatten(p.ParameterType))))
                {
                    yield return part;
                }

                break;
            case IModifierType modified:
                foreach (var part in Flatten(modified.ModifierType).Concat(Flatten(modified.ElementType)))
                {
                    yield return part;
                }

                break;
            case TypeSpecification specification:
                foreach (var part in Flatten(specification.ElementType))
                {
                    yield return part;
                }

                break;
            default:
                yield return type;
                break;
        }
    }
}
