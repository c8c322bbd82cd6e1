namespace SocialErp.Modules.Comptabilite.Domain.Budgets;

/// <summary>
/// A resource or a charge of a budget version: for whom (<see cref="BeneficiaireId"/>, a person of the unit), paid to
/// whom (<see cref="PayeId"/> a fiche, null when the beneficiary is paid; <see cref="Iban"/> and reference of the
/// payee's account), how much, how often and when. Resources are not paid: they reduce what the budget pays.
/// </summary>
internal sealed class LigneBudget
{
    private LigneBudget()
    {
        Sens = string.Empty;
        Type = string.Empty;
        Libelle = string.Empty;
        Periodicite = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid VersionBudgetId { get; private set; }

    public int Ordre { get; private set; }

    /// <summary><see cref="TypesLigneBudget.Ressource"/> or <see cref="TypesLigneBudget.Charge"/>.</summary>
    public string Sens { get; private set; }

    public string Type { get; private set; }

    public string Libelle { get; private set; }

    public decimal Montant { get; private set; }

    public string Periodicite { get; private set; }

    public DateOnly Du { get; private set; }

    public DateOnly? Au { get; private set; }

    public Guid BeneficiaireId { get; private set; }

    public Guid? PayeId { get; private set; }

    public string? Iban { get; private set; }

    public string? TypeReference { get; private set; }

    public string? Reference { get; private set; }

    /// <summary>Whether the charge is billed on to a debtor, once per month the budget run paid it.</summary>
    public bool Refacturable { get; private set; }

    /// <summary>The debtor's fiche a re-billable charge is billed to (its debtor agreement or a one-off invoice to it).</summary>
    public Guid? RefactureA { get; private set; }

    public bool EstCharge => Sens == TypesLigneBudget.Charge;

    public static LigneBudget Creer(
        int ordre, string type, string libelle, decimal montant, string periodicite, DateOnly du, DateOnly? au, Guid beneficiaireId,
        Guid? payeId, string? iban, string? typeReference, string? reference, bool refacturable, Guid? refactureA) => new()
    {
        Id = Guid.CreateVersion7(),
        Ordre = ordre,
        Sens = TypesLigneBudget.EstRessource(type) ? TypesLigneBudget.Ressource : TypesLigneBudget.Charge,
        Type = type,
        Libelle = libelle,
        Montant = montant,
        Periodicite = periodicite,
        Du = du,
        Au = au,
        BeneficiaireId = beneficiaireId,
        PayeId = payeId,
        Iban = iban,
        TypeReference = typeReference,
        Reference = reference,
        Refacturable = refacturable,
        RefactureA = refacturable ? refactureA : null,
    };

    /// <summary>The amount due in the month starting <paramref name="mois"/> (0 outside validity or off-period).</summary>
    public decimal DuDansLeMois(DateOnly mois) =>
        Du <= mois.AddMonths(1).AddDays(-1) && (Au is null || Au >= mois)
        && Periodicites.Echoit(Periodicite, new DateOnly(Du.Year, Du.Month, 1), mois)
            ? Montant
            : 0m;
}
