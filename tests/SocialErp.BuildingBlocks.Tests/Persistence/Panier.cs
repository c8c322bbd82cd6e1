using SocialErp.SharedKernel.Domain;

namespace SocialErp.BuildingBlocks.Tests.Persistence;

/// <summary>A tiny aggregate with parts, to test versions and audit on a real module context.</summary>
public sealed class Panier(Guid id) : AggregateRoot(id)
{
    public string Libelle { get; set; } = "";

    public List<LignePanier> Lignes { get; } = [];
}

public sealed class LignePanier
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid PanierId { get; set; }

    public string Article { get; set; } = "";
}
