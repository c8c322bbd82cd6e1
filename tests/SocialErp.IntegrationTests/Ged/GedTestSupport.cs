using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Quartz;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Ged;

/// <summary>Uploads, fiches and store inspection for the GED tests.</summary>
internal static class GedTestSupport
{
    public static async Task<Guid> CreerFicheAsync(HttpClient client, string nom = "Ged", string? dateNaissance = null)
    {
        var response = await client.PostAsJsonAsync("/api/fiches", new { type = "personne", nom, prenom = "Test", dateNaissance, sexe = "feminin" });
        return (await response.JsonAsync(System.Net.HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static MultipartFormDataContent Formulaire(
        byte[] octets, string nomFichier, string? cibleType, Guid? cibleId, string titre = "Document de test", string type = "certificat",
        IReadOnlyDictionary<string, string>? autres = null)
    {
        var form = new MultipartFormDataContent();
        var fichier = new ByteArrayContent(octets);
        fichier.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(fichier, "fichier", nomFichier);
        form.Add(new StringContent(titre), "titre");
        form.Add(new StringContent(type), "type");
        if (cibleType is not null)
        {
            form.Add(new StringContent(cibleType), "cibleType");
        }

        if (cibleId is not null)
        {
            form.Add(new StringContent(cibleId.Value.ToString()), "cibleId");
        }

        foreach (var (cle, valeur) in autres ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(valeur), cle);
        }

        return form;
    }

    public static async Task<JsonElement> DeposerAsync(
        HttpClient client, byte[] octets, string nomFichier, Guid ficheId, string titre = "Document de test", string type = "certificat",
        IReadOnlyDictionary<string, string>? autres = null)
    {
        var response = await client.PostAsync("/api/documents", Formulaire(octets, nomFichier, "fiche", ficheId, titre, type, autres));
        return await response.JsonAsync(System.Net.HttpStatusCode.Created);
    }

    public static string DossierContenus(SocialErpApiFactory factory) => Path.Combine(factory.Database.DataFolder, "ged", "contenus");

    public static string DossierTemporaire(SocialErpApiFactory factory) => Path.Combine(factory.Database.DataFolder, "ged", "tmp");

    public static IReadOnlyList<string> ContenusStockes(SocialErpApiFactory factory) =>
        Directory.Exists(DossierContenus(factory))
            ? Directory.GetFiles(DossierContenus(factory), "*", SearchOption.AllDirectories).Select(f => Path.GetFileName(f)).ToList()
            : [];

    public static int Temporaires(SocialErpApiFactory factory) =>
        Directory.Exists(DossierTemporaire(factory)) ? Directory.GetFiles(DossierTemporaire(factory)).Length : 0;

    public static byte[] Texte(string texte) => System.Text.Encoding.UTF8.GetBytes(texte);

    /// <summary>Fires the retention purge now (callers wait for its effect with <see cref="Eventually"/>).</summary>
    public static async Task DeclencherPurgeAsync(SocialErpApiFactory factory)
    {
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(new JobKey("purge-documents", "maintenance"));
    }
}
