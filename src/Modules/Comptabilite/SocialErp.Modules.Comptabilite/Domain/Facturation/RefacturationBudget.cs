namespace SocialErp.Modules.Comptabilite.Domain.Facturation;

/// <summary>
/// One month of a budget billed on to one debtor, by the invoice that did it: its key (budget, month, debtor) makes
/// re-billing happen once, whichever run or one-off invoice gets there first and whatever later versions of the budget
/// say about that month. A credit note does not remove it: crediting is a decision on the claim (waived, contested),
/// not an undo; billing the month again, to this debtor or another, is a manual line.
/// </summary>
internal sealed class RefacturationBudget
{
    private RefacturationBudget()
    {
        Mois = string.Empty;
    }

    public Guid BudgetId { get; private set; }

    /// <summary>The month paid (AAAA-MM).</summary>
    public string Mois { get; private set; }

    public Guid DebiteurId { get; private set; }

    public Guid FactureId { get; private set; }

    public static RefacturationBudget Enregistrer(Guid budgetId, string mois, Guid debiteurId, Guid factureId) => new()
    {
        BudgetId = budgetId,
        Mois = mois,
        DebiteurId = debiteurId,
        FactureId = factureId,
    };
}
