namespace SocialErp.Modules.Comptabilite.Domain.Budgets;

/// <summary>A budget a run did not pay: skipped (billing blocked, dossier closed) or in error (no address, closed period…).</summary>
internal sealed class AnomalieExecution
{
    public const string Ignore = "ignore";
    public const string Erreur = "erreur";

    private AnomalieExecution()
    {
        Genre = string.Empty;
        Motif = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ExecutionId { get; private set; }

    public Guid BudgetId { get; private set; }

    public Guid DossierId { get; private set; }

    public string Genre { get; private set; }

    public string Motif { get; private set; }

    public static AnomalieExecution Creer(Guid executionId, Guid budgetId, Guid dossierId, string genre, string motif) => new()
    {
        Id = Guid.CreateVersion7(),
        ExecutionId = executionId,
        BudgetId = budgetId,
        DossierId = dossierId,
        Genre = genre,
        Motif = motif.Length > 500 ? motif[..500] : motif,
    };
}
