namespace SocialErp.BuildingBlocks.Tests.Specifications;

public sealed class Personne
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Nom { get; set; } = "";

    public int Age { get; set; }

    public List<Adresse> Adresses { get; set; } = [];
}

public sealed class Adresse
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string Localite { get; set; } = "";

    public Commune? Commune { get; set; }
}

public sealed class Commune
{
    public int Id { get; set; }

    public string Nom { get; set; } = "";
}
