using System.Linq.Expressions;

namespace SocialErp.SharedKernel.Specifications;

/// <summary>One key of an ordering: the first is OrderBy, the next ones ThenBy.</summary>
public sealed record OrderExpression<T>(LambdaExpression KeySelector, bool Descending);
