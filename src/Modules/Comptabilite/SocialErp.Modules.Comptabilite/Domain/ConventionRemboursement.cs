namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>A repayment agreement: the person repays a debt category by a monthly amount from a date.</summary>
internal sealed class ConventionRemboursement
{
    private ConventionRemboursement()
    {
        Categorie = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid FicheId { get; private set; }

    public string Categorie { get; private set; }

    public decimal MontantMensuel { get; private set; }

    public DateOnly Du { get; private set; }

    public DateOnly? Au { get; private set; }

    public string? Remarque { get; private set; }

    public DateTime CreeLe { get; private set; }

    public Guid? CreePar { get; private set; }

    public static ConventionRemboursement Conclure(
        Guid ficheId, string categorie, decimal montantMensuel, DateOnly du, DateOnly? au, string? remarque, DateTime le, Guid? par) => new()
    {
        Id = Guid.CreateVersion7(),
        FicheId = ficheId,
        Categorie = categorie,
        MontantMensuel = montantMensuel,
        Du = du,
        Au = au,
        Remarque = remarque,
        CreeLe = le,
        CreePar = par,
    };

    public bool EnVigueur(DateOnly date) => date >= Du && (Au is null || date <= Au);
}
