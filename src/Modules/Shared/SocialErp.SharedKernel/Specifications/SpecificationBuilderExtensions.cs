using System.Linq.Expressions;

namespace SocialErp.SharedKernel.Specifications;

public static class SpecificationBuilderExtensions
{
    public static ISpecificationBuilder<T> Where<T>(this ISpecificationBuilder<T> builder, Expression<Func<T, bool>> criteria)
    {
        builder.Specification.AddWhere(criteria);
        return builder;
    }

    /// <summary>Adds the filter only when <paramref name="condition"/> holds (optional query parameters).</summary>
    public static ISpecificationBuilder<T> Where<T>(
        this ISpecificationBuilder<T> builder, bool condition, Expression<Func<T, bool>> criteria) =>
        condition ? builder.Where(criteria) : builder;

    public static IOrderedSpecificationBuilder<T> OrderBy<T, TKey>(this ISpecificationBuilder<T> builder, Expression<Func<T, TKey>> key) =>
        builder.Order(key, descending: false, first: true);

    public static IOrderedSpecificationBuilder<T> OrderByDescending<T, TKey>(this ISpecificationBuilder<T> builder, Expression<Func<T, TKey>> key) =>
        builder.Order(key, descending: true, first: true);

    public static IOrderedSpecificationBuilder<T> ThenBy<T, TKey>(this IOrderedSpecificationBuilder<T> builder, Expression<Func<T, TKey>> key) =>
        builder.Order(key, descending: false, first: false);

    public static IOrderedSpecificationBuilder<T> ThenByDescending<T, TKey>(this IOrderedSpecificationBuilder<T> builder, Expression<Func<T, TKey>> key) =>
        builder.Order(key, descending: true, first: false);

    public static IIncludableSpecificationBuilder<T, TProperty> Include<T, TProperty>(
        this ISpecificationBuilder<T> builder, Expression<Func<T, TProperty>> navigation)
    {
        var chain = builder.Specification.AddInclude(navigation);
        return new IncludableSpecificationBuilder<T, TProperty>(builder.Specification, chain);
    }

    public static IIncludableSpecificationBuilder<T, TNext> ThenInclude<T, TProperty, TNext>(
        this IIncludableSpecificationBuilder<T, TProperty> builder, Expression<Func<TProperty, TNext>> navigation)
    {
        builder.Chain.Add(navigation);
        return new IncludableSpecificationBuilder<T, TNext>(builder.Specification, builder.Chain);
    }

    public static IIncludableSpecificationBuilder<T, TNext> ThenInclude<T, TProperty, TNext>(
        this IIncludableSpecificationBuilder<T, IEnumerable<TProperty>> builder, Expression<Func<TProperty, TNext>> navigation)
    {
        builder.Chain.Add(navigation);
        return new IncludableSpecificationBuilder<T, TNext>(builder.Specification, builder.Chain);
    }

    public static ISpecificationBuilder<T> Skip<T>(this ISpecificationBuilder<T> builder, int skip)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        builder.Specification.Skip = skip;
        return builder;
    }

    public static ISpecificationBuilder<T> Take<T>(this ISpecificationBuilder<T> builder, int take)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        builder.Specification.Take = take;
        return builder;
    }

    public static ISpecificationBuilder<T> AsNoTracking<T>(this ISpecificationBuilder<T> builder)
    {
        builder.Specification.AsNoTracking = true;
        return builder;
    }

    private static IOrderedSpecificationBuilder<T> Order<T, TKey>(
        this ISpecificationBuilder<T> builder, Expression<Func<T, TKey>> key, bool descending, bool first)
    {
        builder.Specification.AddOrder(key, descending, first);
        return (IOrderedSpecificationBuilder<T>)builder;
    }
}
