using SocialErp.SharedKernel.Specifications;

namespace SocialErp.BuildingBlocks.Tests.Specifications;

internal sealed class AdultesParNomSpecification : Specification<Personne>
{
    public AdultesParNomSpecification(int skip = 0, int take = 10, string? prefixe = null)
    {
        Query.Where(p => p.Age >= 18)
            .Where(prefixe is not null, p => p.Nom.StartsWith(prefixe!))
            .OrderBy(p => p.Nom)
            .ThenByDescending(p => p.Age);
        Query.Skip(skip).Take(take).AsNoTracking();
    }
}

internal sealed class NomsAvecAdressesSpecification : Specification<Personne, string>
{
    public NomsAvecAdressesSpecification()
    {
        Query.Include(p => p.Adresses).ThenInclude(a => a.Commune);
        Query.OrderByDescending(p => p.Nom);
        Select(p => p.Nom + " (" + p.Adresses.Count + ")");
    }
}

internal sealed class OrdreDoubleSpecification : Specification<Personne>
{
    public OrdreDoubleSpecification() => Query.OrderBy(p => p.Nom).OrderBy(p => p.Age);
}
