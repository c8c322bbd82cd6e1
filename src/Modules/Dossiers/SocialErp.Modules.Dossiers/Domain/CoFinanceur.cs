namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>A co-funder of a dossier (a fiche of category financeur) and its part of the split.</summary>
internal sealed class CoFinanceur
{
    public CoFinanceur(Guid id, Guid financementId, Guid ficheId, decimal part)
    {
        Id = id;
        FinancementId = financementId;
        FicheId = ficheId;
        Part = part;
    }

    public Guid Id { get; private set; }

    public Guid FinancementId { get; private set; }

    public Guid FicheId { get; private set; }

    /// <summary>A percentage or an amount, per the funding's split.</summary>
    public decimal Part { get; private set; }

    public void Repointer(Guid ficheId) => FicheId = ficheId;

    public void Ajouter(decimal part) => Part += part;
}
