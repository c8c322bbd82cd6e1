using System.Linq.Expressions;

namespace SocialErp.SharedKernel.Specifications;

/// <summary>Base class of specifications: configure it through <see cref="Query"/> in the constructor.</summary>
public abstract class Specification<T> : ISpecification<T>
{
    private readonly List<Expression<Func<T, bool>>> _where = [];
    private readonly List<OrderExpression<T>> _order = [];
    private readonly List<IncludeChain> _includes = [];

    protected Specification() => Query = new SpecificationBuilder<T>(this);

    protected ISpecificationBuilder<T> Query { get; }

    public IReadOnlyList<Expression<Func<T, bool>>> WhereExpressions => _where;

    public IReadOnlyList<OrderExpression<T>> OrderExpressions => _order;

    public IReadOnlyList<IncludeChain> IncludeChains => _includes;

    public int? Skip { get; internal set; }

    public int? Take { get; internal set; }

    public bool AsNoTracking { get; internal set; }

    public IEnumerable<T> Evaluate(IEnumerable<T> source)
    {
        var query = source.AsQueryable();
        foreach (var criteria in _where)
        {
            query = query.Where(criteria);
        }

        query = OrderEvaluator.Apply(query, _order);
        if (Skip is { } skip)
        {
            query = query.Skip(skip);
        }

        if (Take is { } take)
        {
            query = query.Take(take);
        }

        return query.ToList();
    }

    internal void AddWhere(Expression<Func<T, bool>> criteria) => _where.Add(criteria);

    internal IncludeChain AddInclude(LambdaExpression navigation)
    {
        var chain = new IncludeChain(navigation);
        _includes.Add(chain);
        return chain;
    }

    internal void AddOrder(LambdaExpression key, bool descending, bool first)
    {
        if (first && _order.Count > 0)
        {
            throw new InvalidOperationException("OrderBy was already called: use ThenBy for the next keys.");
        }

        _order.Add(new OrderExpression<T>(key, descending));
    }
}

/// <summary>A specification with a projection, set by <c>Query.Select(…)</c>.</summary>
public abstract class Specification<T, TResult> : Specification<T>, ISpecification<T, TResult>
{
    public Expression<Func<T, TResult>>? Selector { get; private set; }

    protected void Select(Expression<Func<T, TResult>> selector) => Selector = selector;
}
