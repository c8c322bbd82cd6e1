namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>The example values of the Fiches routes in the OpenAPI document (one family: François Armengaud and his own).</summary>
internal static class ExemplesFiches
{
    public const string Id = "01937a7e-5a2b-7c4d-9e1f-2a3b4c5d6e7f";
    public const string ProcheId = "01937a7e-6b3c-7d5e-8f20-3b4c5d6e7f80";
    public const string ServiceId = "01937a70-0000-7000-8000-000000000001";

    public static readonly object Adresse = new
    {
        type = "domicile", rue = "Rue du Bourg", numero = "12", npa = "1003", localite = "Lausanne", pays = "CH", communeBfs = 5586,
        valideDu = "2024-07-01",
    };

    public static readonly object AdresseLue = new
    {
        id = "01937a7e-7c4d-7e6f-9031-4c5d6e7f8091", type = "domicile", rue = "Rue du Bourg", numero = "12", complement = (string?)null,
        casePostale = (string?)null, npa = "1003", localite = "Lausanne", pays = "CH", communeBfs = 5586, valideDu = "2024-07-01", valideAu = (string?)null,
    };

    public static readonly object Creation = new
    {
        type = "personne", nom = "Armengaud", prenom = "François", dateNaissance = "1980-04-12", sexe = "masculin", etatCivil = "marie",
        nationalite = "CH", langue = "fr", numeroAvs = "756.1234.5678.97", communeResidence = 5586, email = "f.armengaud@example.ch",
        categories = new[] { "usager" },
        contacts = new[] { new { type = "mobile", valeur = "079 123 45 67", libelle = "privé", principal = true } },
        preferencesNotification = new[] { new { typeMessage = "rappel", canal = "sms" } },
        adresses = new[] { Adresse },
    };

    public static readonly object Fiche = new
    {
        id = Id, type = "personne", nom = "Armengaud", prenom = "François", raisonSociale = (string?)null, autresNoms = (string?)null,
        dateNaissance = "1980-04-12", sexe = "masculin", etatCivil = "marie", nationalite = "CH", langue = "fr", numeroAvs = "756.1234.5678.97",
        permisSejour = (string?)null, communeResidence = 5586, numeroIde = (string?)null, formeJuridique = (string?)null,
        email = "f.armengaud@example.ch", categories = new[] { "usager" },
        contacts = new[] { new { type = "mobile", valeur = "+41791234567", libelle = "privé", principal = true } },
        preferencesNotification = new[] { new { typeMessage = "rappel", canal = "sms" } },
        adresses = new[] { AdresseLue },
        serviceId = ServiceId, archivee = false, archiveeLe = (string?)null, creeLe = "2026-11-22T09:15:00Z", modifieeLe = (string?)null, version = 1,
    };

    public static readonly object Doublon = new
    {
        ficheId = "01937a7e-8d5e-7f70-a142-5d6e7f8091a2", nom = "Armengaud", prenom = "Francois", dateNaissance = "1980-04-12", score = 90,
        raisons = new[] { "nom-date-naissance" },
    };

    public static readonly object FicheCreee = new Dictionary<string, object?>
    {
        ["id"] = Id, ["type"] = "personne", ["nom"] = "Armengaud", ["prenom"] = "François", ["dateNaissance"] = "1980-04-12",
        ["numeroAvs"] = "756.1234.5678.97", ["email"] = "f.armengaud@example.ch", ["categories"] = new[] { "usager" },
        ["serviceId"] = ServiceId, ["archivee"] = false, ["creeLe"] = "2026-11-22T09:15:00Z", ["version"] = 1,
        ["doublons"] = new[] { Doublon },
    };

    public static readonly object Resume = new
    {
        id = Id, type = "personne", nom = "Armengaud", prenom = "François", raisonSociale = (string?)null, dateNaissance = "1980-04-12",
        numeroAvs = "756.1234.5678.97", email = "f.armengaud@example.ch", communeResidence = 5586, categories = new[] { "usager" },
        serviceId = ServiceId, archivee = false, creeLe = "2026-11-22T09:15:00Z", version = 1,
    };

    public static readonly object Page = new { items = new[] { Resume }, page = 1, pageSize = 20, total = 1, totalExact = true };

    public static readonly object Carnet = new
    {
        items = new[]
        {
            new
            {
                id = Id, type = "personne", nom = "Armengaud", prenom = "François", categories = new[] { "usager" }, adresse = AdresseLue,
                email = "f.armengaud@example.ch", telephone = (string?)null, mobile = "+41791234567", langue = "fr",
            },
        },
        page = 1, pageSize = 20, total = 1, totalExact = true,
    };

    public static readonly object Relation = new
    {
        id = "01937a7e-9e6f-7081-b253-6e7f8091a2b3", type = "responsable", ficheId = ProcheId, nom = "Armengaud", prenom = "Claire",
        du = "2025-01-01", au = (string?)null, active = true, version = 1,
    };

    public static readonly object Fusion = new { conserveeId = Id, absorbeeId = "01937a7e-8d5e-7f70-a142-5d6e7f8091a2", choix = new { email = "absorbee", etatCivil = "absorbee", langue = "conservee" } };

    public static readonly object FicheFusionnee = new
    {
        type = "urn:socialerp:probleme:fiches.fiche-fusionnee", title = "Cette fiche a été fusionnée dans une autre fiche.", status = 308,
        detail = $"La fiche 01937a7e-8d5e-7f70-a142-5d6e7f8091a2 est conservée sous /api/fiches/{Id}.", code = "fiches.fiche-fusionnee",
        conserveeId = Id, fusionId = "01937a7f-1c2d-7e3f-8a4b-5c6d7e8f9a0b",
    };

    public static readonly object FusionEnregistree = new
    {
        id = "01937a7f-1c2d-7e3f-8a4b-5c6d7e8f9a0b", conserveeId = Id, absorbeeId = "01937a7e-8d5e-7f70-a142-5d6e7f8091a2",
        fusionneeLe = "2026-11-20T09:15:00Z", fusionneePar = "01937a70-0000-7000-8000-000000000001", champsRepris = new[] { "etatCivil", "permisSejour", "email" },
        annuleeLe = (string?)null, annuleePar = (string?)null,
    };

    public static readonly object FusionAnnulee = new
    {
        id = "01937a7f-1c2d-7e3f-8a4b-5c6d7e8f9a0b", conserveeId = Id, absorbeeId = "01937a7e-8d5e-7f70-a142-5d6e7f8091a2",
        fusionneeLe = "2026-11-20T09:15:00Z", fusionneePar = "01937a70-0000-7000-8000-000000000001", champsRepris = new[] { "etatCivil", "permisSejour", "email" },
        annuleeLe = "2026-11-20T10:02:00Z", annuleePar = "01937a70-0000-7000-8000-000000000001",
    };

    public static readonly object FusionDependante = new
    {
        type = "urn:socialerp:probleme:fiches.fusion-fiche-modifiee", status = 409,
        title = $"La fiche conservée {Id} a été modifiée depuis la fusion (identité, adresses, contacts, catégories, archivage…) : "
            + "la fusion ne peut plus être annulée automatiquement.",
        code = "fiches.fusion-fiche-modifiee",
    };

    public static readonly object Referentiels = new
    {
        categories = new[] { "usager", "intervenant", "medecin", "regie", "employeur", "prescripteur", "financeur", "tuteur-curateur" },
        sexes = new[] { "feminin", "masculin", "autre", "inconnu" },
        etatsCivils = new[] { "celibataire", "marie", "partenariatEnregistre", "separe", "divorce", "veuf", "inconnu" },
        permisSejour = new[] { "B", "C", "F", "G", "L", "N", "S", "Ci", "autre" },
        typesContact = new[] { "telephone", "mobile", "email", "fax" },
        typesAdresse = new[] { "domicile", "postale", "professionnelle" },
        typesMessage = new[] { "courrier", "rappel", "convocation" },
        canauxNotification = new[] { "email", "sms", "courrier", "aucun" },
    };

    public static readonly object Vue360 = new
    {
        fiche = Fiche,
        relations = new[] { Relation },
        sections = new Dictionary<string, object>
        {
            ["dossiers"] = new[]
            {
                new
                {
                    id = "01937a80-2d3e-7f40-8b5c-6d7e8f90a1b2", numero = "2026-00042", nom = "Armengaud François", prestation = "WSH",
                    statut = "ouvert", dateOuverture = "2026-01-15", role = "requerant",
                },
            },
            ["journal"] = new
            {
                total = 12,
                dernieres = new[]
                {
                    new
                    {
                        id = "01937a81-3e4f-7051-9c6d-7e8f90a1b2c3", cibleType = "fiche", cibleId = Id, type = "entretien", date = "2026-11-18T14:00:00Z",
                        texte = "Entretien au guichet : point sur la recherche de logement.", auteurId = ServiceId, auteurMetier = "assistant-social",
                        automatique = false, participants = Array.Empty<string>(), documents = Array.Empty<string>(), confidentialite = "normale",
                        destinataires = Array.Empty<string>(), urgente = false, nombreCorrections = 0, corrigeeLe = (string?)null,
                        echeances = Array.Empty<object>(), version = 1,
                    },
                },
            },
        },
        sectionsIndisponibles = Array.Empty<string>(),
    };
}
