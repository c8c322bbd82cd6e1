using System.Linq.Expressions;

namespace SocialErp.SharedKernel.Specifications;

/// <summary>Applies order keys to any IQueryable (in memory or an ORM's).</summary>
public static class OrderEvaluator
{
    public static IQueryable<T> Apply<T>(IQueryable<T> query, IReadOnlyList<OrderExpression<T>> order)
    {
        for (var i = 0; i < order.Count; i++)
        {
            var method = (i == 0, order[i].Descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            var key = order[i].KeySelector;
            var call = Expression.Call(
                typeof(Queryable), method, [typeof(T), key.ReturnType], query.Expression, Expression.Quote(key));
            query = query.Provider.CreateQuery<T>(call);
        }

        return query;
    }
}
