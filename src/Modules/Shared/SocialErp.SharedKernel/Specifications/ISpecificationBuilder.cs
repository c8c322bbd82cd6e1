namespace SocialErp.SharedKernel.Specifications;

/// <summary>The fluent entry point of a specification (<c>Query.Where(…).OrderBy(…)</c>).</summary>
public interface ISpecificationBuilder<T>
{
    internal Specification<T> Specification { get; }
}

/// <summary>A builder after OrderBy, where ThenBy is allowed.</summary>
public interface IOrderedSpecificationBuilder<T> : ISpecificationBuilder<T>;

/// <summary>A builder after Include, where ThenInclude is allowed.</summary>
public interface IIncludableSpecificationBuilder<T, out TProperty> : ISpecificationBuilder<T>
{
    internal IncludeChain Chain { get; }
}
