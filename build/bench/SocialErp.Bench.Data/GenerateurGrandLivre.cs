namespace SocialErp.Bench.Data;

/// <summary>
/// Deterministic synthetic ledger for the Comptabilité benchmarks: households (allocation units) whose members join
/// and leave on random dates over five years, and entries of two to four lines on them (maintenance aid, rent
/// posted on the unit, health-insurance premiums per member through the insurer's payable, transfers between
/// members), until the wanted number of lines. Account numbers are those of the default chart. The same seed gives
/// the same ledger.
/// </summary>
public static class GenerateurGrandLivre
{
    public static readonly DateOnly Debut = new(2021, 1, 1);
    public static readonly DateOnly Fin = new(2025, 12, 31);

    /// <summary>Synthetic households: 1 to 4 members, the requérant from the start, the others joining (after them) and leaving.</summary>
    public static List<MenageSynthetique> Menages(int nombre, int graine = 20261122)
    {
        var random = new Random(graine);
        var menages = new List<MenageSynthetique>(nombre);
        for (var i = 0; i < nombre; i++)
        {
            var dossier = Guid.CreateVersion7();
            var requerant = new MembreSynthetique(Guid.CreateVersion7(), "requerant", Debut.AddDays(random.Next(0, 365)), null);
            var membres = new List<MembreSynthetique> { requerant };
            for (var m = random.Next(0, 4); m > 0; m--)
            {
                var du = requerant.Du.AddDays(random.Next(0, 1400));
                DateOnly? au = random.Next(3) == 0 ? du.AddDays(random.Next(60, 900)) : null;
                membres.Add(new MembreSynthetique(Guid.CreateVersion7(), random.Next(2) == 0 ? "enfant" : "conjoint", du, au > Fin ? null : au));
            }

            menages.Add(new MenageSynthetique(dossier, membres));
        }

        return menages;
    }

    /// <summary>Entries over the households until <paramref name="lignes"/> lines were produced.</summary>
    public static IEnumerable<EcritureSynthetique> Ecritures(IReadOnlyList<MenageSynthetique> menages, long lignes, int graine = 20261122)
    {
        var random = new Random(graine + 1);
        long produites = 0;
        while (produites < lignes)
        {
            var menage = menages[random.Next(menages.Count)];
            var ecriture = Ecriture(menage, random);
            produites += ecriture.Lignes.Count;
            yield return ecriture;
        }
    }

    private static EcritureSynthetique Ecriture(MenageSynthetique menage, Random random)
    {
        var requerant = menage.Membres[0];
        var date = requerant.Du.AddDays(random.Next(0, Fin.DayNumber - requerant.Du.DayNumber + 1));
        var presents = menage.Membres.Where(m => m.Du <= date && (m.Au is null || m.Au >= date)).ToList();
        var montant = random.Next(5_000, 250_000) / 100m;
        switch (random.Next(10))
        {
            case < 4:
                return new(Guid.CreateVersion7(), date, "Aide sociale — forfait d'entretien",
                [
                    new("3630", "allocation", montant, 0, requerant.FicheId, null, menage.DossierId, "entretien"),
                    new("1020", "banque", 0, montant, null, null, menage.DossierId, null),
                ]);
            case < 6:
                return new(Guid.CreateVersion7(), date, "Loyer versé à la régie",
                [
                    new("3631", "allocation", montant, 0, null, menage.DossierId, menage.DossierId, "logement"),
                    new("1020", "banque", 0, montant, null, null, menage.DossierId, null),
                ]);
            case < 8:
            {
                var assures = presents.Take(3).ToList();
                var lignes = assures.Select(m => new LigneSynthetique("3632", "allocation", montant, 0, m.FicheId, null, menage.DossierId, "assurance-maladie")).ToList();
                lignes.Add(new("2002", "creancier", 0, montant * assures.Count, null, null, menage.DossierId, "assurance-maladie"));
                return new(Guid.CreateVersion7(), date, "Primes d'assurance maladie", lignes);
            }

            case 8 when presents.Count >= 2:
                return new(Guid.CreateVersion7(), date, "Virement entre membres",
                [
                    new("1050", "courant-personnel", montant, 0, presents[1].FicheId, null, menage.DossierId, null),
                    new("1050", "courant-personnel", 0, montant, requerant.FicheId, null, menage.DossierId, null),
                ]);
            default:
                return new(Guid.CreateVersion7(), date, "Remboursement d'avance",
                [
                    new("1020", "banque", montant, 0, null, null, menage.DossierId, null),
                    new("1061", "dette-sociale", 0, montant, requerant.FicheId, null, menage.DossierId, null),
                ]);
        }
    }
}

/// <summary>A household: its dossier (allocation unit) and its members' periods.</summary>
public sealed record MenageSynthetique(Guid DossierId, IReadOnlyList<MembreSynthetique> Membres);

/// <summary>A member's period in a household (<c>Au</c> null: still a member).</summary>
public sealed record MembreSynthetique(Guid FicheId, string Role, DateOnly Du, DateOnly? Au);

/// <summary>A balanced entry.</summary>
public sealed record EcritureSynthetique(Guid Id, DateOnly Date, string Libelle, IReadOnlyList<LigneSynthetique> Lignes);

/// <summary>A line: account number and kind, amounts, person / unit / dossier dimensions, charge type.</summary>
public sealed record LigneSynthetique(
    string Compte, string Genre, decimal Debit, decimal Credit, Guid? FicheId, Guid? UniteAllocationId, Guid? DossierId, string? TypeCharge);
