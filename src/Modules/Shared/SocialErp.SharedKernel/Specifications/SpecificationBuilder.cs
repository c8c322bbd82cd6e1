namespace SocialErp.SharedKernel.Specifications;

internal sealed class SpecificationBuilder<T>(Specification<T> specification) : IOrderedSpecificationBuilder<T>
{
    public Specification<T> Specification { get; } = specification;
}

internal sealed class IncludableSpecificationBuilder<T, TProperty>(Specification<T> specification, IncludeChain chain)
    : IIncludableSpecificationBuilder<T, TProperty>
{
    public Specification<T> Specification { get; } = specification;

    public IncludeChain Chain { get; } = chain;
}
