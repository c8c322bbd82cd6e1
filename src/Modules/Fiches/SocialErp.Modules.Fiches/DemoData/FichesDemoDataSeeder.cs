using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Modules;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;

namespace SocialErp.Modules.Fiches.DemoData;

/// <summary>
/// About forty persons and organisations of French-speaking Switzerland, without service so every user sees
/// them in a demo: families with children and relatives, staff, doctors, régies, insurers, offices, employers,
/// and a few near-duplicates (accent or typo variants with the same birth date). A fiche already present
/// (same type, name, first name and birth date) is skipped, so seeding twice adds nothing.
/// </summary>
internal sealed class FichesDemoDataSeeder(FichesDbContext db, TimeProvider timeProvider) : IDemoDataSeeder
{
    private static readonly DateOnly Depuis = new(2022, 1, 1);

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existantes = (await db.Fiches
                .Where(f => f.ServiceId == null)
                .Select(f => new { f.Type, f.Nom, f.Prenom, f.DateNaissance })
                .ToListAsync(cancellationToken))
            .Select(f => (f.Type, f.Nom, f.Prenom, f.DateNaissance))
            .ToHashSet();
        var now = timeProvider.GetUtcNow().UtcDateTime;
        foreach (var (identite, adresse) in Fiches())
        {
            if (!existantes.Add((identite.Type, identite.Nom, identite.Prenom, identite.DateNaissance)))
            {
                continue;
            }

            var fiche = Fiche.Creer(identite, serviceId: null, now, auteur: null, IdsFixes.GetValueOrDefault((identite.Nom, identite.Prenom)));
            if (adresse is not null)
            {
                fiche.AjouterAdresse(adresse, now);
            }

            db.Fiches.Add(fiche);
            db.Publish(EvenementsFiche.Creee(fiche));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The fiches other modules' demo data point at (<see cref="FichesDemo"/>); the others get generated ids.</summary>
    private static readonly Dictionary<(string Nom, string? Prenom), Guid?> IdsFixes = new()
    {
        [("Armengaud", "François")] = FichesDemo.FrancoisArmengaud,
        [("Armengaud", "Claire")] = FichesDemo.ClaireArmengaud,
        [("Armengaud", "Léa")] = FichesDemo.LeaArmengaud,
        [("Armengaud", "Hugo")] = FichesDemo.HugoArmengaud,
        [("Perrin", "Monique")] = FichesDemo.MoniquePerrin,
        [("Da Silva", "Ana")] = FichesDemo.AnaDaSilva,
        [("Da Silva", "Tiago")] = FichesDemo.TiagoDaSilva,
        [("Da Silva", "Inês")] = FichesDemo.InesDaSilva,
        [("Nguyen", "Thi Lan")] = FichesDemo.ThiLanNguyen,
        [("Nguyen", "Minh")] = FichesDemo.MinhNguyen,
        [("Müller", "Hélène")] = FichesDemo.HeleneMuller,
        [("Müller", "Jonas")] = FichesDemo.JonasMuller,
        [("Berisha", "Arben")] = FichesDemo.ArbenBerisha,
        [("Haile", "Semhar")] = FichesDemo.SemharHaile,
        [("Rochat", "Marcel")] = FichesDemo.MarcelRochat,
        [("Dupuis", "Sophie")] = FichesDemo.SophieDupuis,
        [("Kohler", "Marc")] = FichesDemo.MarcKohler,
        [("Jaccard", "Pierre")] = FichesDemo.PierreJaccard,
        [("Régie du Lac SA", null)] = FichesDemo.RegieDuLac,
        [("Caisse-maladie Romande", null)] = FichesDemo.CaisseMaladieRomande,
        [("Office AI du canton de Vaud", null)] = FichesDemo.OfficeAiVaud,
        [("Service de l'emploi du canton de Fribourg", null)] = FichesDemo.ServiceEmploiFribourg,
        [("Pro Senectute Vaud", null)] = FichesDemo.ProSenectuteVaud,
    };

    private static IEnumerable<(IdentiteFiche Identite, AdresseSaisie? Adresse)> Fiches()
    {
        // Famille Armengaud, Lausanne: couple, two children, the grandmother.
        yield return Personne("Armengaud", "François", new(1980, 4, 12), Sexe.Masculin, EtatCivil.Marie, "CH", 5586, "756123456789", "f.armengaud@example.ch", "079 412 33 01", CategoriesFiche.Usager);
        yield return Personne("Armengaud", "Claire", new(1982, 7, 3), Sexe.Feminin, EtatCivil.Marie, "FR", 5586, "756223344556", null, "078 615 20 40", CategoriesFiche.Usager, "née Perrin", PermisSejour.C);
        yield return Personne("Armengaud", "Léa", new(2012, 9, 3), Sexe.Feminin, EtatCivil.Celibataire, "CH", 5586, null, null, null, CategoriesFiche.Usager);
        yield return Personne("Armengaud", "Hugo", new(2015, 2, 18), Sexe.Masculin, EtatCivil.Celibataire, "CH", 5586, null, null, null, CategoriesFiche.Usager);
        yield return Personne("Perrin", "Monique", new(1951, 11, 23), Sexe.Feminin, EtatCivil.Veuf, "FR", 5591, "756334455667", null, "021 634 12 78", CategoriesFiche.Usager, permis: PermisSejour.C);

        // Famille Da Silva, Renens: single mother, two children, an uncle.
        yield return Personne("Da Silva", "Ana", new(1991, 11, 17), Sexe.Feminin, EtatCivil.Divorce, "PT", 5591, "756445566778", "ana.dasilva@example.ch", "076 300 45 12", CategoriesFiche.Usager, permis: PermisSejour.B);
        yield return Personne("Da Silva", "Tiago", new(2016, 6, 1), Sexe.Masculin, EtatCivil.Celibataire, "PT", 5591, null, null, null, CategoriesFiche.Usager, permis: PermisSejour.B);
        yield return Personne("Da Silva", "Inês", new(2019, 3, 27), Sexe.Feminin, EtatCivil.Celibataire, "PT", 5591, null, null, null, CategoriesFiche.Usager, permis: PermisSejour.B);
        yield return Personne("Da Silva", "João", new(1987, 1, 9), Sexe.Masculin, EtatCivil.Celibataire, "PT", 5642, null, null, "079 221 87 65", CategoriesFiche.Usager, permis: PermisSejour.C);

        // Famille Nguyen, Genève, and Müller, Fribourg.
        yield return Personne("Nguyen", "Thi Lan", new(1978, 8, 14), Sexe.Feminin, EtatCivil.Separe, "VN", 6621, "756556677889", "lan.nguyen@example.ch", "022 700 11 22", CategoriesFiche.Usager, permis: PermisSejour.C);
        yield return Personne("Nguyen", "Minh", new(2009, 12, 2), Sexe.Masculin, EtatCivil.Celibataire, "CH", 6621, null, null, null, CategoriesFiche.Usager);
        yield return Personne("Müller", "Hélène", new(1975, 1, 30), Sexe.Feminin, EtatCivil.Divorce, "CH", 2196, "756667788990", "h.muller@example.ch", "026 322 45 45", CategoriesFiche.Usager);
        yield return Personne("Müller", "Jonas", new(2006, 5, 19), Sexe.Masculin, EtatCivil.Celibataire, "CH", 2196, null, null, "079 800 12 12", CategoriesFiche.Usager);
        yield return Personne("Berisha", "Arben", new(1969, 3, 5), Sexe.Masculin, EtatCivil.Marie, "XK", 5938, "756778899001", null, "024 425 66 10", CategoriesFiche.Usager, permis: PermisSejour.C);
        yield return Personne("Haile", "Semhar", new(1996, 10, 10), Sexe.Feminin, EtatCivil.Celibataire, "ER", 6458, null, null, "077 450 90 90", CategoriesFiche.Usager, permis: PermisSejour.F);
        yield return Personne("Rochat", "Marcel", new(1958, 6, 21), Sexe.Masculin, EtatCivil.Celibataire, "CH", 5890, "756889900112", null, "021 921 30 30", CategoriesFiche.Usager);

        // Near-duplicates: same birth dates, accent or typo variants.
        yield return Personne("Muller", "Helene", new(1975, 1, 30), Sexe.Feminin, null, "CH", 2196, null, "helene.muller@example.ch", null, CategoriesFiche.Usager);
        yield return Personne("Armangaud", "Francois", new(1980, 4, 12), Sexe.Masculin, null, "CH", 5586, null, null, "079 412 33 01", CategoriesFiche.Usager);
        yield return Personne("Dasilva", "Ana", new(1991, 11, 17), Sexe.Feminin, null, "PT", 5591, null, "ana.dasilva@example.ch", null, CategoriesFiche.Usager);

        // Tutors, internal staff, doctors.
        yield return Personne("Jaccard", "Pierre", new(1965, 9, 9), Sexe.Masculin, EtatCivil.Marie, "CH", 5586, null, "p.jaccard@curatelles.example.ch", "021 316 20 00", CategoriesFiche.TuteurCurateur);
        yield return Personne("Dupuis", "Sophie", new(1985, 4, 2), Sexe.Feminin, null, "CH", 5586, null, "s.dupuis@socialerp.example.ch", "021 315 11 01", CategoriesFiche.Intervenant);
        yield return Personne("Kohler", "Marc", new(1979, 12, 12), Sexe.Masculin, null, "CH", 5591, null, "m.kohler@socialerp.example.ch", "021 315 11 02", CategoriesFiche.Intervenant, categorie2: CategoriesFiche.Gestionnaire);
        yield return Personne("Bianchi", "Giulia", new(1990, 7, 7), Sexe.Feminin, null, "IT", 6621, null, "g.bianchi@socialerp.example.ch", "022 546 11 03", CategoriesFiche.Intervenant, langue: "it");
        yield return Personne("Favre", "Nicolas", new(1972, 2, 14), Sexe.Masculin, null, "CH", 5586, null, "cabinet.favre@example.ch", "021 312 44 44", CategoriesFiche.Medecin, categorie2: CategoriesFiche.Prescripteur);
        yield return Personne("Meier", "Anna", new(1981, 10, 30), Sexe.Feminin, null, "CH", 2196, null, "dr.meier@example.ch", "026 350 70 70", CategoriesFiche.Medecin, langue: "de");
        yield return Personne("Benali", "Karim", new(1977, 5, 25), Sexe.Masculin, null, "CH", 6621, null, "k.benali@hug.example.ch", "022 372 33 11", CategoriesFiche.Medecin);

        // Organisations: régies, insurers, offices, employers, establishments, suppliers.
        yield return Organisation("Régie du Lac SA", "SA", "10932255", "contact@regie-du-lac.example.ch", "021 320 50 50", 5586, "Avenue de Rhodanie", "1007", "Lausanne", CategoriesFiche.Regie);
        yield return Organisation("Gérance Léman Immobilier Sàrl", "Sàrl", "11567890", "info@leman-immo.example.ch", "022 310 10 10", 6621, "Rue du Rhône", "1204", "Genève", CategoriesFiche.Regie);
        yield return Organisation("Régie Fribourgeoise SA", "SA", "10345678", "gerance@regie-fr.example.ch", "026 347 12 00", 2196, "Route des Arsenaux", "1700", "Fribourg", CategoriesFiche.Regie);
        yield return Organisation("Caisse-maladie Romande", "Fondation", "10456789", "service@cmr.example.ch", "0848 800 800", 5586, "Rue du Valentin", "1004", "Lausanne", CategoriesFiche.Assurance);
        yield return Organisation("Assurance Helvétia Santé SA", "SA", "11234567", "prestations@helvetia-sante.example.ch", "058 280 10 00", 6621, "Quai du Mont-Blanc", "1201", "Genève", CategoriesFiche.Assurance);
        yield return Organisation("Office AI du canton de Vaud", "Établissement de droit public", "10567891", "info@aivd.example.ch", "021 925 24 24", 5890, "Avenue Général-Guisan", "1800", "Vevey", CategoriesFiche.OfficePublic, CategoriesFiche.Financeur);
        yield return Organisation("Office régional de placement de Lausanne", "Administration cantonale", "10678912", "orp.lausanne@vd.example.ch", "021 315 99 99", 5586, "Place Chauderon", "1003", "Lausanne", CategoriesFiche.OfficePublic, CategoriesFiche.Prescripteur);
        yield return Organisation("Justice de paix du district de Lausanne", "Administration cantonale", "10789123", "jpx.lausanne@vd.example.ch", "021 316 11 00", 5586, "Côtes-de-Montbenon", "1014", "Lausanne", CategoriesFiche.OfficePublic, CategoriesFiche.DonneurOrdre);
        yield return Organisation("Service de l'emploi du canton de Fribourg", "Administration cantonale", "10891234", "spe@fr.example.ch", "026 305 96 00", 2196, "Boulevard de Pérolles", "1700", "Fribourg", CategoriesFiche.OfficePublic, CategoriesFiche.Financeur);
        yield return Organisation("Boulangerie Pasche Sàrl", "Sàrl", "11012345", "rh@pasche.example.ch", "021 635 22 10", 5591, "Rue de Lausanne", "1020", "Renens", CategoriesFiche.Employeur);
        yield return Organisation("Nettoyages Romands SA", "SA", "11123456", "emplois@nettoyages-romands.example.ch", "024 426 00 00", 5938, "Rue des Moulins", "1400", "Yverdon-les-Bains", CategoriesFiche.Employeur);
        yield return Organisation("Fondation Les Oliviers", "Fondation", "10901234", "accueil@oliviers.example.ch", "021 651 30 30", 5586, "Chemin de la Cure", "1008", "Prilly", CategoriesFiche.Etablissement);
        yield return Organisation("Pharmacie du Marché SA", "SA", "11345678", "pharmacie@marche.example.ch", "021 323 41 41", 5586, "Place de la Palud", "1003", "Lausanne", CategoriesFiche.Fournisseur);
        yield return Organisation("Pro Senectute Vaud", "Fondation", "10987654", "info@vd.prosenectute.example.ch", "021 646 17 21", 5586, "Rue du Maupas", "1004", "Lausanne", CategoriesFiche.Financeur, CategoriesFiche.Prescripteur);
    }

    private static (IdentiteFiche, AdresseSaisie?) Personne(
        string nom, string prenom, DateOnly naissance, Sexe sexe, EtatCivil? etatCivil, string nationalite, int commune,
        string? avsSansCle, string? email, string? telephone, string categorie, string? autresNoms = null,
        PermisSejour? permis = null, string? categorie2 = null, string langue = "fr")
    {
        var avs = avsSansCle is null ? null : avsSansCle + NumeroAvs.Cle(avsSansCle);
        var identite = new IdentiteFiche(TypeFiche.Personne, nom, prenom, naissance, avs, email)
        {
            AutresNoms = autresNoms,
            Sexe = sexe,
            EtatCivil = etatCivil,
            Nationalite = nationalite,
            Langue = langue,
            PermisSejour = nationalite == "CH" ? null : permis,
            CommuneResidence = commune,
            Categories = categorie2 is null ? [categorie] : [categorie, categorie2],
            Contacts = telephone is null ? [] : [FicheContact.Creer(telephone.StartsWith("07", StringComparison.Ordinal) ? TypeContact.Mobile : TypeContact.Telephone, telephone, null, true)],
            Preferences = new Dictionary<TypeMessage, CanalNotification>
            {
                [TypeMessage.Convocation] = telephone?.StartsWith("07", StringComparison.Ordinal) == true ? CanalNotification.Sms : CanalNotification.Courrier,
                [TypeMessage.Courrier] = email is null ? CanalNotification.Courrier : CanalNotification.Email,
            },
        };
        var (npa, localite) = Localites[commune];
        var adresse = new AdresseSaisie(TypeAdresse.Domicile, "Rue de la Gare", (naissance.Day + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, npa, localite, "CH", commune, Depuis, null);
        return (identite, adresse);
    }

    private static (IdentiteFiche, AdresseSaisie?) Organisation(
        string raisonSociale, string forme, string ideHuitChiffres, string email, string telephone, int commune,
        string rue, string npa, string localite, string categorie, string? categorie2 = null)
    {
        var identite = new IdentiteFiche(TypeFiche.Organisation, raisonSociale, null, null, null, email)
        {
            FormeJuridique = forme,
            NumeroIde = Ide(ideHuitChiffres),
            Langue = "fr",
            Categories = categorie2 is null ? [categorie] : [categorie, categorie2],
            Contacts = [FicheContact.Creer(TypeContact.Telephone, telephone, "Réception", true)],
        };
        return (identite, new AdresseSaisie(TypeAdresse.Postale, rue, "1", null, null, npa, localite, "CH", commune, Depuis, null));
    }

    /// <summary>A valid IDE from 8 digits: the next number that has a check digit (10 is never issued).</summary>
    private static string Ide(string huitChiffres)
    {
        var nombre = int.Parse(huitChiffres, System.Globalization.CultureInfo.InvariantCulture);
        while (NumeroIde.Cle(nombre.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)) < 0)
        {
            nombre++;
        }

        var chiffres = nombre.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        return $"CHE{chiffres}{NumeroIde.Cle(chiffres)}";
    }

    private static readonly Dictionary<int, (string Npa, string Localite)> Localites = new()
    {
        [5586] = ("1003", "Lausanne"),
        [5591] = ("1020", "Renens"),
        [5642] = ("1110", "Morges"),
        [6621] = ("1204", "Genève"),
        [2196] = ("1700", "Fribourg"),
        [5938] = ("1400", "Yverdon-les-Bains"),
        [6458] = ("2000", "Neuchâtel"),
        [5890] = ("1800", "Vevey"),
    };
}
