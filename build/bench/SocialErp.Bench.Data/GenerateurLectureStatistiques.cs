using System.Globalization;

namespace SocialErp.Bench.Data;

/// <summary>
/// Deterministic synthetic caseload for the Statistiques read model, as its projection would have stored it: for a
/// reported month, <c>dossiers</c> allocation units active in it (about 5 % opened and 5 % closed during the month)
/// plus a fifth as many closed before it, each with its members (a requérant, sometimes a partner, up to three
/// children) and, for the reported month and the two before, one posting (two or three charge lines and the bank
/// line) and the matching ordinary payment. Unit <c>i</c> only depends on <c>i</c> and the month, so a loader can
/// walk the units once per table.
/// </summary>
public static class GenerateurLectureStatistiques
{
    private const int MoisHistorique = 3;

    private static readonly string[] Prestations = ["WSH", "WSH", "WSH", "WSH", "WSH", "WSH", "WSH", "ASYL", "ASYL", "FLUE", "ALBV"];
    private static readonly int[] Communes = [5586, 5586, 5586, 5591, 5589, 5642, 5938, 5886, 5890, 5584, 5583, 5587, 5624, 5635, 5721, 5822, 5254, 5401, 5498, 5606];
    private static readonly (string Compte, string TypeCharge)[] Charges =
        [("3630", "entretien"), ("3631", "loyer"), ("3632", "assurance-maladie"), ("3633", "frais-medicaux"), ("3634", "avance-pension")];
    private static readonly string[] EtatsCivils = ["celibataire", "celibataire", "marie", "divorce", "separe", "veuf", "partenariatEnregistre"];
    private static readonly string[] Nationalites = ["CH", "CH", "CH", "CH", "PT", "IT", "FR", "ES", "XK", "ER", "AF", "SY"];
    private static readonly string[] Noms = ["Muller", "Rochat", "Favre", "Da Silva", "Rossi", "Bonvin", "Berisha", "Tesfay", "Ahmadi", "Dubois"];
    private static readonly string[] Prenoms = ["Anne", "Luc", "Marie", "Paulo", "Giulia", "Hana", "Samuel", "Yonas", "Leila", "Marc"];

    /// <summary>How many units <see cref="Unite"/> can produce for <paramref name="dossiers"/> active dossiers.</summary>
    public static int NombreUnites(int dossiers) => dossiers + (dossiers / 5);

    public static UniteStatistiqueSynthetique Unite(int index, int dossiers, DateOnly mois)
    {
        var random = new Random(unchecked((20261122 * 31) + index)); // seeded Random is stable across processes (HashCode is not)
        var debutMois = new DateOnly(mois.Year, mois.Month, 1);
        var finMois = debutMois.AddMonths(1).AddDays(-1);
        var active = index < dossiers;
        var tirage = random.Next(100);
        DateOnly ouverture;
        DateOnly? sortie = null;
        if (!active)
        {
            ouverture = debutMois.AddMonths(-6 - random.Next(48)).AddDays(random.Next(28));
            sortie = debutMois.AddMonths(-1 - random.Next(5)).AddDays(random.Next(28));
            if (sortie <= ouverture)
            {
                sortie = ouverture.AddMonths(3);
            }
        }
        else
        {
            ouverture = tirage < 5 ? debutMois.AddDays(random.Next(finMois.Day)) : debutMois.AddMonths(-1 - random.Next(48)).AddDays(random.Next(28));
            if (tirage >= 95)
            {
                sortie = debutMois.AddDays(random.Next(finMois.Day));
            }
        }

        var dossierId = Id(index, 1);
        var numero = string.Create(CultureInfo.InvariantCulture, $"D-{ouverture.Year}-{index + 1:D7}");
        var nom = Noms[random.Next(Noms.Length)];
        var commune = Communes[random.Next(Communes.Length)];
        var prestation = Prestations[random.Next(Prestations.Length)];

        var personnes = new List<PersonneLectureSynthetique>();
        var membres = new List<MembreLectureSynthetique>();
        void Membre(string role, int ageMin, int ageMax)
        {
            var ficheId = Id(index, 10 + personnes.Count);
            var naissance = finMois.AddYears(-ageMin - random.Next(ageMax - ageMin + 1)).AddDays(-random.Next(365));
            var adulte = role != "enfant";
            personnes.Add(new PersonneLectureSynthetique(ficheId, nom, Prenoms[random.Next(Prenoms.Length)], naissance,
                adulte ? EtatsCivils[random.Next(EtatsCivils.Length)] : "celibataire", Nationalites[random.Next(Nationalites.Length)]));
            membres.Add(new MembreLectureSynthetique(Id(index, 100 + membres.Count), dossierId, ficheId, role, ouverture));
        }

        Membre("requerant", 18, 70);
        if (random.Next(100) < 30)
        {
            Membre("conjoint", 18, 70);
        }

        for (var enfants = random.Next(100) < 40 ? 1 + random.Next(3) : 0; enfants > 0; enfants--)
        {
            Membre("enfant", 0, 17);
        }

        var requerant = personnes[0].FicheId;
        var lignes = new List<LigneLectureSynthetique>();
        var paiements = new List<PaiementLectureSynthetique>();
        for (var m = MoisHistorique - 1; m >= 0; m--)
        {
            var debut = debutMois.AddMonths(-m);
            var date = debut.AddDays(4);
            date = date < ouverture ? ouverture : date;
            if (date > debut.AddMonths(1).AddDays(-1) || (sortie is { } s && date > s))
            {
                continue;
            }

            var ecritureId = Id(index, 1000 + m);
            var periode = date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var total = 0m;
            var nombreCharges = 2 + random.Next(2);
            for (var c = 0; c < nombreCharges; c++)
            {
                var (compte, typeCharge) = Charges[(c + random.Next(2)) % Charges.Length];
                var montant = Math.Round(200m + (random.Next(150_000) / 100m), 2);
                total += montant;
                lignes.Add(new LigneLectureSynthetique(ecritureId, c + 1, date, periode, $"Aide {periode}", compte, "charge", montant, 0m,
                    requerant, dossierId, commune, prestation, typeCharge, "beneficiaire"));
            }

            lignes.Add(new LigneLectureSynthetique(ecritureId, nombreCharges + 1, date, periode, $"Aide {periode}", "1020", "banque", 0m, total,
                null, null, null, null, null, null));
            paiements.Add(new PaiementLectureSynthetique(Id(index, 2000 + m), dossierId, requerant, date, total, true, $"Aide {periode}"));
        }

        var dernierPaiement = paiements.Count == 0 ? (DateOnly?)null : paiements[^1].Date;
        var dossier = new DossierLectureSynthetique(dossierId, numero, $"{nom} {personnes[0].Prenom}", prestation, commune, ouverture,
            sortie is null ? "en-cours" : "termine", sortie, sortie is null ? null : "fin-du-droit", dernierPaiement);
        return new UniteStatistiqueSynthetique(dossier, personnes, membres, lignes, paiements);
    }

    private static Guid Id(int index, int sorte) => new(index, (short)(sorte >> 16), (short)(0x4000 | (sorte & 0x0fff)), 0x80, 0, 0, 0, 0, 0, 0x51, 0x57);
}

/// <summary>One synthetic allocation unit and everything the read model holds about it.</summary>
public sealed record UniteStatistiqueSynthetique(
    DossierLectureSynthetique Dossier,
    IReadOnlyList<PersonneLectureSynthetique> Personnes,
    IReadOnlyList<MembreLectureSynthetique> Membres,
    IReadOnlyList<LigneLectureSynthetique> Lignes,
    IReadOnlyList<PaiementLectureSynthetique> Paiements);

public sealed record DossierLectureSynthetique(
    Guid DossierId, string Numero, string Nom, string Prestation, int Commune, DateOnly DateOuverture, string Statut,
    DateOnly? DateSortie, string? MotifSortie, DateOnly? DernierPaiementOrdinaire);

public sealed record PersonneLectureSynthetique(Guid FicheId, string Nom, string Prenom, DateOnly DateNaissance, string EtatCivil, string Nationalite);

public sealed record MembreLectureSynthetique(Guid Id, Guid DossierId, Guid FicheId, string Role, DateOnly Du);

public sealed record LigneLectureSynthetique(
    Guid EcritureId, int Numero, DateOnly Date, string Periode, string Libelle, string Compte, string GenreCompte, decimal Debit, decimal Credit,
    Guid? FicheId, Guid? DossierId, int? Commune, string? Prestation, string? TypeCharge, string? TypePayeur);

public sealed record PaiementLectureSynthetique(Guid PaiementId, Guid DossierId, Guid FicheId, DateOnly Date, decimal Montant, bool Ordinaire, string Libelle);
