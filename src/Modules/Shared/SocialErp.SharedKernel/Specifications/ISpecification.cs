using System.Linq.Expressions;

namespace SocialErp.SharedKernel.Specifications;

/// <summary>
/// A query over <typeparamref name="T"/> described as data: filters, order, includes and paging.
/// Same names as Ardalis.Specification (not restorable here) so the shape feels familiar.
/// </summary>
public interface ISpecification<T>
{
    IReadOnlyList<Expression<Func<T, bool>>> WhereExpressions { get; }

    IReadOnlyList<OrderExpression<T>> OrderExpressions { get; }

    IReadOnlyList<IncludeChain> IncludeChains { get; }

    int? Skip { get; }

    int? Take { get; }

    bool AsNoTracking { get; }

    /// <summary>Applies the filters and order (and paging) to objects already in memory.</summary>
    IEnumerable<T> Evaluate(IEnumerable<T> source);
}

/// <summary>A specification that also projects each <typeparamref name="T"/> into <typeparamref name="TResult"/>.</summary>
public interface ISpecification<T, TResult> : ISpecification<T>
{
    Expression<Func<T, TResult>>? Selector { get; }
}
