using SocialErp.SharedKernel.Domain;

namespace SocialErp.Modules.Statistiques.Domain.Listes;

/// <summary>A parametrisable list a user saved over the read model: private to its owner unless shared.</summary>
internal sealed class ListeStatistique : AggregateRoot
{
    public ListeStatistique(Guid id)
        : base(id)
    {
    }

    public string Nom { get; set; } = "";

    public Guid? ProprietaireId { get; set; }

    public bool Partagee { get; set; }

    /// <summary>The definition as JSON (<c>DefinitionListe</c>).</summary>
    public string Definition { get; set; } = "";

    public DateTime CreeLe { get; set; }
}
