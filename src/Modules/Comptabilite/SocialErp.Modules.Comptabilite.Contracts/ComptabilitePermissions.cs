namespace SocialErp.Modules.Comptabilite.Contracts;

/// <summary>Permissions of the Comptabilité module (granted by trade in <c>ComptabiliteModule</c>).</summary>
public static class ComptabilitePermissions
{
    public const string Lire = "comptabilite.lire";
    public const string Ecrire = "comptabilite.ecrire";

    /// <summary>Chart of accounts: add, rename, deactivate accounts.</summary>
    public const string Parametrer = "comptabilite.parametrer";

    /// <summary>Consolidate every allocation unit at once (month closing, statistics).</summary>
    public const string Consolider = "comptabilite.consolider";

    /// <summary>Close a month or a year.</summary>
    public const string Cloturer = "comptabilite.cloturer";

    /// <summary>Reopen a closed month (direction).</summary>
    public const string Rouvrir = "comptabilite.rouvrir";

    /// <summary>Write off social debt (direction).</summary>
    public const string RemettreDette = "comptabilite.remettre-dette";

    /// <summary>Record valued services rendered on a dossier (workers, accounting).</summary>
    public const string ValoriserPrestations = "comptabilite.valoriser-prestations";

    /// <summary>Issue debtor invoices, credit notes, dunning letters; run periodic invoicing.</summary>
    public const string Facturer = "comptabilite.facturer";

    /// <summary>Import bank files of incoming payments and assign unmatched payments.</summary>
    public const string Encaisser = "comptabilite.encaisser";

    /// <summary>Settlements to the canton and the communes (décomptes), with exports.</summary>
    public const string Decomptes = "comptabilite.decomptes";
    /// <summary>Create and version the monthly budgets of the dossiers one may see.</summary>
    public const string GererBudgets = "comptabilite.gerer-budgets";

    /// <summary>Four-eyes steps: approve a supplier invoice, release a payment batch (never one's own).</summary>
    public const string ValiderPaiements = "comptabilite.valider-paiements";
}
