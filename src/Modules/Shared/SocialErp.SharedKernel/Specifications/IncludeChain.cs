using System.Linq.Expressions;

namespace SocialErp.SharedKernel.Specifications;

/// <summary>A navigation path to load eagerly: Include(a => a.B).ThenInclude(b => b.C) is one chain of two steps.</summary>
public sealed class IncludeChain
{
    private readonly List<LambdaExpression> _steps = [];

    internal IncludeChain(LambdaExpression first) => _steps.Add(first);

    public IReadOnlyList<LambdaExpression> Steps => _steps;

    internal void Add(LambdaExpression step) => _steps.Add(step);

    /// <summary>The dotted path ("Adresses.Commune"), which any ORM understands.</summary>
    public string Path => string.Join('.', _steps.Select(MemberPath));

    private static string MemberPath(LambdaExpression step)
    {
        var names = new Stack<string>();
        var body = step.Body;
        while (body is MemberExpression member)
        {
            names.Push(member.Member.Name);
            body = member.Expression;
        }

        if (body is not ParameterExpression || names.Count == 0)
        {
            throw new ArgumentException($"Include expects a member path, got '{step}'.", nameof(step));
        }

        return string.Join('.', names);
    }
}
