using System.Security.Cryptography;
using System.Text;

namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>
/// The chart a Swiss social service starts with, numbered after the MCH2 classes (1 assets, 2 liabilities,
/// 3 charges, 4 revenues). Installed by the first Comptabilité migration with ids derived from the numbers;
/// administrators add, rename and deactivate accounts through the API.
/// </summary>
internal static class PlanComptableParDefaut
{
    public static IReadOnlyList<CompteParDefaut> Comptes { get; } =
    [
        new("1000", "Caisse", ClassesCompte.Actif, GenresCompte.Banque),
        new("1010", "PostFinance — compte postal", ClassesCompte.Actif, GenresCompte.Banque),
        new("1020", "Banque — compte courant", ClassesCompte.Actif, GenresCompte.Banque),
        new("1041", "Débiteurs — assurances sociales et offices", ClassesCompte.Actif, GenresCompte.Debiteur),
        new("1042", "Débiteurs — parents et tiers", ClassesCompte.Actif, GenresCompte.Debiteur),
        new("1043", "Débiteurs — cantons et communes", ClassesCompte.Actif, GenresCompte.Debiteur),
        new("1050", "Comptes courants des bénéficiaires", ClassesCompte.Actif, GenresCompte.CourantPersonnel),
        new("1061", "Avances sur prestations", ClassesCompte.Actif, GenresCompte.DetteSociale, CategorieDette: CategoriesDette.Avance),
        new("1062", "Prêts aux bénéficiaires", ClassesCompte.Actif, GenresCompte.Pret, CategorieDette: CategoriesDette.Pret),
        new("1063", "Prestations perçues indûment — de bonne foi", ClassesCompte.Actif, GenresCompte.DetteSociale, CategorieDette: CategoriesDette.InduLicite),
        new("1064", "Prestations perçues indûment — illicitement", ClassesCompte.Actif, GenresCompte.DetteSociale, CategorieDette: CategoriesDette.InduIllicite),
        new("1090", "Compte d'attente — encaissements à affecter", ClassesCompte.Actif, GenresCompte.Attente),
        new("1091", "Virements internes", ClassesCompte.Actif, GenresCompte.Attente),
        new("2000", "Créanciers — fournisseurs", ClassesCompte.Passif, GenresCompte.Creancier),
        new("2001", "Créanciers — régies", ClassesCompte.Passif, GenresCompte.Creancier, "logement"),
        new("2002", "Créanciers — assureurs maladie", ClassesCompte.Passif, GenresCompte.Creancier, "assurance-maladie"),
        new("3100", "Prestations de conseil valorisées", ClassesCompte.Charge, GenresCompte.Charge, "conseil"),
        new("3101", "Prestations d'assistance valorisées", ClassesCompte.Charge, GenresCompte.Charge, "assistance"),
        new("3180", "Remises de dette sociale", ClassesCompte.Charge, GenresCompte.Charge, "remise-dette"),
        new("3630", "Aide sociale — entretien", ClassesCompte.Charge, GenresCompte.Allocation, "entretien"),
        new("3631", "Aide sociale — logement", ClassesCompte.Charge, GenresCompte.Allocation, "logement"),
        new("3632", "Aide sociale — assurance maladie", ClassesCompte.Charge, GenresCompte.Allocation, "assurance-maladie"),
        new("3633", "Aide sociale — frais médicaux", ClassesCompte.Charge, GenresCompte.Charge, "prestation-medicale"),
        new("3634", "Prestations circonstancielles", ClassesCompte.Charge, GenresCompte.Allocation, "situation"),
        new("3635", "Formation et insertion", ClassesCompte.Charge, GenresCompte.Charge, "formation"),
        new("4260", "Remboursements des bénéficiaires", ClassesCompte.Revenu, GenresCompte.Revenu, "remboursement"),
        new("4261", "Remboursements d'assurances sociales", ClassesCompte.Revenu, GenresCompte.Revenu, "remboursement"),
        new("4262", "Contributions des parents et de tiers", ClassesCompte.Revenu, GenresCompte.Revenu, "participation-tiers"),
        new("4630", "Participation du canton", ClassesCompte.Revenu, GenresCompte.Revenu, "subvention"),
    ];

    /// <summary>A stable id per number, so the migration, the demo data and the benchmarks agree.</summary>
    public static Guid IdDe(string numero)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"socialerp:comptabilite:compte:{numero}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}

internal sealed record CompteParDefaut(string Numero, string Libelle, string Classe, string Genre, string? TypeCharge = null, string? CategorieDette = null);
