namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>
/// What an account is used for. Balances are reported per kind; <see cref="Pret"/> and <see cref="DetteSociale"/>
/// accounts make up a person's social debt.
/// </summary>
internal static class GenresCompte
{
    public const string Banque = "banque";
    public const string Attente = "attente";
    public const string Debiteur = "debiteur";
    public const string Creancier = "creancier";
    public const string CourantPersonnel = "courant-personnel";
    public const string Allocation = "allocation";
    public const string Pret = "pret";
    public const string DetteSociale = "dette-sociale";
    public const string Charge = "charge";
    public const string Revenu = "revenu";

    public static IReadOnlyList<string> Tous { get; } =
        [Banque, Attente, Debiteur, Creancier, CourantPersonnel, Allocation, Pret, DetteSociale, Charge, Revenu];

    public static bool EstDette(string genre) => genre is Pret or DetteSociale;

    /// <summary>The class a kind may live in: money and claims are assets, debts to others liabilities.</summary>
    public static bool CompatibleAvec(string genre, string classe) => genre switch
    {
        Banque or Attente or Debiteur or Pret or DetteSociale or CourantPersonnel => classe is ClassesCompte.Actif or ClassesCompte.Passif,
        Creancier => classe == ClassesCompte.Passif,
        Allocation or Charge => classe == ClassesCompte.Charge,
        Revenu => classe == ClassesCompte.Revenu,
        _ => false,
    };
}
