namespace SocialErp.Modules.Statistiques.Domain.Modeles;

/// <summary>
/// One version of a statistics template. A revision adds a row with the next version and never changes an older
/// one, so a past execution always points at the definition it ran with.
/// </summary>
internal sealed class ModeleStatistique
{
    public Guid Id { get; set; }

    public string Code { get; set; } = "";

    public int Version { get; set; }

    public string Libelle { get; set; } = "";

    public string Destinataire { get; set; } = "";

    public string TypePeriode { get; set; } = "";

    /// <summary>The definition as JSON (<c>DefinitionModele</c>).</summary>
    public string Definition { get; set; } = "";

    /// <summary><c>fichier</c> when seeded from the module's files, <c>api</c> when revised by an administrator.</summary>
    public string Origine { get; set; } = "";

    public DateTime CreeLe { get; set; }

    public Guid? CreeParId { get; set; }
}
