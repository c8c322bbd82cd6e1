using Microsoft.EntityFrameworkCore;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>Translates a specification into an EF Core query.</summary>
public static class SpecificationEvaluator
{
    public static IQueryable<T> Apply<T>(IQueryable<T> source, ISpecification<T> specification, bool evaluatePaging = true)
        where T : class
    {
        var query = source;
        foreach (var criteria in specification.WhereExpressions)
        {
            query = query.Where(criteria);
        }

        foreach (var include in specification.IncludeChains)
        {
            query = query.Include(include.Path);
        }

        query = OrderEvaluator.Apply(query, specification.OrderExpressions);
        if (evaluatePaging && specification.Skip is { } skip)
        {
            query = query.Skip(skip);
        }

        if (evaluatePaging && specification.Take is { } take)
        {
            query = query.Take(take);
        }

        return specification.AsNoTracking ? query.AsNoTracking() : query;
    }

    public static IQueryable<TResult> Apply<T, TResult>(IQueryable<T> source, ISpecification<T, TResult> specification)
        where T : class
    {
        var selector = specification.Selector
            ?? throw new InvalidOperationException($"{specification.GetType().Name} has no Select(…).");
        return Apply(source, (ISpecification<T>)specification).Select(selector);
    }
}
