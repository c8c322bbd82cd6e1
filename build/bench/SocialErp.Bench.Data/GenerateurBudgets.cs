namespace SocialErp.Bench.Data;

/// <summary>A budget line as the loader writes it (comptabilite_ligne_budget).</summary>
public sealed record LigneBudgetSynthetique(
    Guid Id, int Ordre, string Sens, string Type, string Libelle, decimal Montant, Guid BeneficiaireId, Guid? PayeId, string? Iban, string? TypeReference,
    string? Reference);

/// <summary>An active monthly allocation budget of one dossier, with its single version and lines.</summary>
public sealed record BudgetSynthetique(Guid Id, Guid DossierId, Guid VersionId, int TailleMenage, int Commune, IReadOnlyList<LigneBudgetSynthetique> Lignes);

/// <summary>
/// Deterministic monthly budgets for the budget-run benchmark: SKOS maintenance paid to the beneficiary, rent paid to a
/// régie (creditor reference) and, for two in three, a salary as resource — three lines, two payment orders a month.
/// Beneficiaries and régies are taken in turn from the given persons (fiches with a postal address, created through
/// the API), as the run needs the payees' addresses.
/// </summary>
public static class GenerateurBudgets
{
    private const string IbanBeneficiaire = "CH9300762011623852957";
    private const string IbanRegie = "CH5604835012345678009";
    private const string ReferenceRegie = "RF18539007547034";
    private static readonly int[] Communes = [5586, 5591, 5938, 5890, 6621, 2196];

    public static IEnumerable<BudgetSynthetique> Generer(int nombre, IReadOnlyList<Guid> personnes, int graine = 20261122)
    {
        var random = new Random(graine);
        for (var i = 0; i < nombre; i++)
        {
            var beneficiaire = personnes[i % personnes.Count];
            var regie = personnes[(i * 7 + 3) % personnes.Count];
            var taille = 1 + random.Next(4);
            var lignes = new List<LigneBudgetSynthetique>
            {
                new(Guid.CreateVersion7(), 0, "charge", "entretien", "Entretien de base", 1031m + (taille - 1) * 400m, beneficiaire, null, IbanBeneficiaire, "NON", null),
                new(Guid.CreateVersion7(), 1, "charge", "loyer", "Loyer", 900m + random.Next(0, 120) * 10m, beneficiaire, regie, IbanRegie, "SCOR", ReferenceRegie),
            };
            if (i % 3 != 0)
            {
                lignes.Add(new(Guid.CreateVersion7(), 2, "ressource", "salaire", "Salaire", random.Next(20, 90) * 10m, beneficiaire, null, null, null, null));
            }

            yield return new BudgetSynthetique(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), taille, Communes[i % Communes.Length], lignes);
        }
    }
}
