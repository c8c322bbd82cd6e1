namespace SocialErp.BuildingBlocks.Tests.Specifications;

[Trait("Category", "Unit")]
public sealed class SpecificationTests
{
    private static readonly Personne[] Personnes =
    [
        new() { Nom = "Bernard", Age = 40 },
        new() { Nom = "Aubert", Age = 17 },
        new() { Nom = "Aubert", Age = 52 },
        new() { Nom = "Bernard", Age = 22 },
        new() { Nom = "Chappuis", Age = 30 },
    ];

    [Fact]
    public void Evaluate_WhereOrderThenByPaging_AppliedInThatOrder()
    {
        var result = new AdultesParNomSpecification(skip: 1, take: 2).Evaluate(Personnes).ToList();

        Assert.Equal([("Bernard", 40), ("Bernard", 22)], result.Select(p => (p.Nom, p.Age)));
    }

    [Fact]
    public void Evaluate_ConditionalWhere_OnlyWhenConditionHolds()
    {
        Assert.Equal(4, new AdultesParNomSpecification().Evaluate(Personnes).Count());
        Assert.Equal(["Chappuis"], new AdultesParNomSpecification(prefixe: "Ch").Evaluate(Personnes).Select(p => p.Nom));
    }

    [Fact]
    public void Builder_RecordsIncludesOrderPagingAndTracking()
    {
        var paged = new AdultesParNomSpecification(skip: 5, take: 7);
        var projected = new NomsAvecAdressesSpecification();

        Assert.Equal(5, paged.Skip);
        Assert.Equal(7, paged.Take);
        Assert.True(paged.AsNoTracking);
        Assert.Equal(2, paged.OrderExpressions.Count);
        Assert.Equal("Adresses.Commune", Assert.Single(projected.IncludeChains).Path);
        Assert.NotNull(projected.Selector);
    }

    [Fact]
    public void OrderBy_CalledTwice_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => new OrdreDoubleSpecification());
    }
}
