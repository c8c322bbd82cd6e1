namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>A write-off of social debt: the entry it posted, the reason and who authorised it.</summary>
internal sealed class RemiseDette
{
    private RemiseDette()
    {
        Categorie = string.Empty;
        Motif = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EcritureId { get; private set; }

    public Guid FicheId { get; private set; }

    public string Categorie { get; private set; }

    public decimal Montant { get; private set; }

    public string Motif { get; private set; }

    public string? Decision { get; private set; }

    public Guid? AutoriseePar { get; private set; }

    public DateTime Le { get; private set; }

    public static RemiseDette Enregistrer(
        Guid ecritureId, Guid ficheId, string categorie, decimal montant, string motif, string? decision, Guid? autoriseePar, DateTime le) => new()
    {
        Id = Guid.CreateVersion7(),
        EcritureId = ecritureId,
        FicheId = ficheId,
        Categorie = categorie,
        Montant = montant,
        Motif = motif,
        Decision = decision,
        AutoriseePar = autoriseePar,
        Le = le,
    };
}
