using System.Text;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Modules;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Ged.Contenus;
using SocialErp.Modules.Ged.Contracts.Cibles;
using SocialErp.Modules.Ged.Domain;
using SocialErp.Modules.Ged.Features.Shared;
using SocialErp.Modules.Ged.Persistence;
using SocialErp.Modules.Ged.Publipostage;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Ged.DemoData;

/// <summary>
/// The two templates of the demo (courrier de décision, attestation de suivi), two scanned documents filed on the demo
/// fiches they concern (<see cref="FichesDemo"/>) and a mail waiting in the intake inbox (visible to administration and
/// direction) to be filed. Skips what exists.
/// </summary>
internal sealed class GedDemoDataSeeder(GedDbContext db, ReceptionContenus reception, TimeProvider timeProvider) : IDemoDataSeeder
{
    public int Order => 40;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await ModeleAsync(
            "courrier-decision", "Courrier de décision", "decision",
            ModeleDocx.Construire(
                "{fiche.civilite} {fiche.nomComplet}",
                "{fiche.adresse.ligne}",
                "{fiche.adresse.npaLocalite}",
                "",
                "Lausanne, le {date.jour}",
                "Dossier {dossier.numero} – {dossier.prestation}",
                "",
                "{fiche.civilite},",
                "Nous avons examiné votre situation et vous communiquons la décision suivante concernant le dossier {dossier.nom}.",
                "Membres de l'unité d'allocation :",
                "{ua.membres}",
                "Veuillez agréer nos salutations distinguées.",
                "Le service social"),
            cancellationToken);
        await ModeleAsync(
            "attestation-suivi", "Attestation de suivi", "attestation",
            ModeleDocx.Construire(
                "ATTESTATION DE SUIVI",
                "",
                "Le service social atteste que {fiche.civilite} {fiche.nomComplet}, né(e) le {fiche.dateNaissance},",
                "domicilié(e) {fiche.adresse.ligne}, {fiche.adresse.npaLocalite},",
                "est suivi(e) dans le cadre du dossier {dossier.numero} ({dossier.prestation}) depuis le {dossier.dateOuverture}.",
                "Événement : {evenement.type} du {evenement.date}.",
                "",
                "Lausanne, le {date.jour}"),
            cancellationToken);

        await ScanAsync(
            "decision-bourses-armengaud.pdf", "courrier-entrant",
            PdfTexte.Construire("Office cantonal des bourses d'etudes", "Decision d'octroi d'une bourse", "Beneficiaire : Lea Armengaud, 2012"),
            (TypesCible.Fiche, FichesDemo.LeaArmengaud),
            cancellationToken);
        await ScanAsync(
            "certificat-medical-da-silva.pdf", "certificat",
            PdfTexte.Construire("Dr Marc Favre, medecine generale, Renens", "Certificat medical", "Incapacite de travail de Ana Da Silva a 100 % du 3 au 21 novembre"),
            (TypesCible.Fiche, FichesDemo.AnaDaSilva),
            cancellationToken);

        // Left in the intake inbox, for a clerk to file.
        await ScanAsync(
            "courriel-regie-du-lac.eml", "courrier-entrant",
            Encoding.UTF8.GetBytes(
                "From: gerance@regie-du-lac.example.ch\r\nTo: accueil@service-social.example.ch\r\nSubject: Loyer de novembre, famille Nguyen\r\n\r\n"
                + "Bonjour,\r\nle loyer de novembre de Mme Thi Lan Nguyen n'est pas encore parvenu. Merci de vérifier la garantie de loyer.\r\n"
                + "Régie du Lac SA\r\n"),
            cible: null,
            cancellationToken);
    }

    private async Task ModeleAsync(string code, string nom, string type, byte[] docx, CancellationToken cancellationToken)
    {
        if (await db.Modeles.AnyAsync(m => m.Code == code, cancellationToken))
        {
            return;
        }

        var recu = await reception.RecevoirAsync(new MemoryStream(docx), $"{code}.docx", cancellationToken);
        await using var contenu = recu.Value;
        IReadOnlyList<string> champs;
        await using (var lecture = contenu.Recu.Lire())
        {
            champs = AnalyseModele.Analyser(lecture).Champs;
        }

        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        var modele = Modele.Creer(code, maintenant);
        modele.Remplacer(nom, type, contenu.Verifie, champs, maintenant, null);
        db.Modeles.Add(modele);
        await reception.ConserverAsync(contenu, () => db.SaveChangesAsync(cancellationToken), cancellationToken);
    }

    private async Task ScanAsync(string nomFichier, string type, byte[] octets, (string Type, Guid Id)? cible, CancellationToken cancellationToken)
    {
        var titre = Path.GetFileNameWithoutExtension(nomFichier);
        if (await db.Documents.AnyAsync(d => d.Titre == titre, cancellationToken))
        {
            return;
        }

        var recu = await reception.RecevoirAsync(new MemoryStream(octets), nomFichier, cancellationToken);
        await using var contenu = recu.Value;
        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        var metadonnees = new MetadonneesDocument(titre, type, timeProvider.Jour(maintenant), DirectionDocument.Entrant, Confidentialite.Normale, null);
        var document = Document.Deposer(metadonnees, cible is { } c ? [c] : [], contenu.Verifie, null, maintenant, null);
        db.Documents.Add(document);
        if (cible is not null)
        {
            db.Publish(EvenementsDocument.Ajoute(document, document.VersionCourante));
        }

        db.Textes.Add(new TexteDocument(document.Id, TexteRecherche.De(document, contenu.Texte)));
        await reception.ConserverAsync(contenu, () => db.SaveChangesAsync(cancellationToken), cancellationToken);
    }
}
