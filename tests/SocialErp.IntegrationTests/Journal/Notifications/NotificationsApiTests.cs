using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SocialErp.IntegrationTests.Fiches;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Security;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Journal.Notifications;

/// <summary>
/// Session notifications end to end: Dossiers plans, cancels a session → the Journal queues a message per member and
/// responsable on the chosen channel → the sender hands e-mails to a real (test) SMTP server and writes SMS files.
/// </summary>
public abstract class NotificationsApiTests(NotificationsFixture fixture)
{
    private SocialErpApiFactory Factory => fixture.Factory;

    [Fact]
    public async Task Seance_PlanifieePuisAnnulee_ChaqueMembreEtResponsableNotifieSurSonCanal_UneSeuleFois()
    {
        var service = await Factory.CreateServiceAsync($"N{Guid.NewGuid():N}"[..10]);
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (etranger, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync($"N{Guid.NewGuid():N}"[..10]));
        using var _a = assistant;
        using var _e = etranger;
        using var admin = await Factory.AdminClientAsync();
        var marque = Guid.NewGuid().ToString("N")[..8];
        var emailA = $"a.{marque}@example.ch";
        var emailR = $"r.{marque}@example.ch";
        var mobileB = $"+4179{Random.Shared.Next(1_000_000, 9_999_999)}";
        var a = await PersonneAsync(assistant, "Armengaud", new { email = emailA });
        var b = await PersonneAsync(assistant, "Berset", new
        {
            email = $"b.{marque}@example.ch",
            contacts = new[] { new { type = "mobile", valeur = mobileB, principal = true } },
            preferencesNotification = new[] { new { typeMessage = "convocation", canal = "sms" } },
        });
        var c = await PersonneAsync(assistant, "Cuendet", new
        {
            email = $"c.{marque}@example.ch",
            preferencesNotification = new[] { new { typeMessage = "convocation", canal = "aucun" } },
        });
        var r = await PersonneAsync(assistant, "Rochat", new { email = emailR, langue = "de" });
        await FichesTestData.LierAsync(assistant, b, "responsable", r);
        var dossier = await DossierAsync(assistant, (a, "requerant"), (b, "conjoint"), (c, "enfant"));
        var numero = (await (await assistant.GetAsync($"/api/dossiers/{dossier}")).JsonAsync()).GetProperty("numero").GetString()!;
        var debut = DateTime.UtcNow.Date.AddDays(10).AddHours(9);
        var seance = await SeanceAsync(assistant, dossier, debut);

        var convocations = await NotificationsAsync(assistant, $"dossierId={dossier}");
        Assert.Equal(4, convocations.Count);
        Assert.All(convocations, n => Assert.Equal("convocation", n.GetProperty("type").GetString()));
        Assert.Equal(("email", emailA, "a-envoyer"), Canal(convocations, a));
        Assert.Equal(("sms", mobileB, "a-envoyer"), Canal(convocations, b));
        Assert.Equal((null, null, "sans-canal"), Canal(convocations, c));
        Assert.Equal(("email", emailR, "a-envoyer"), Canal(convocations, r));
        Assert.Equal(b, Notification(convocations, r).GetProperty("concerneFicheId").GetGuid());

        await EnvoyerAsync(assistant, $"dossierId={dossier}", n => n.GetProperty("etat").GetString() is "envoyee" or "sans-canal");

        var recuA = Assert.Single(fixture.Smtp.Pour(emailA));
        Assert.Contains(numero, recuA.Contenu, StringComparison.Ordinal);
        Assert.Contains(debut.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), recuA.Contenu, StringComparison.Ordinal);
        Assert.Contains("Bonjour", recuA.Contenu, StringComparison.Ordinal);
        Assert.Contains("Vous avez rendez-vous le", recuA.Contenu, StringComparison.Ordinal);
        // The responsable's fiche says German: the message about the proche is in German.
        var recuR = Assert.Single(fixture.Smtp.Pour(emailR)).Contenu;
        Assert.Contains("Berset", recuR, StringComparison.Ordinal);
        Assert.Contains("Guten Tag", recuR, StringComparison.Ordinal);
        Assert.Matches(@"Berset\S* hat am \d{2}\.\d{2}\.\d{4} von \d{2}:\d{2} bis \d{2}:\d{2} einen Termin", recuR);
        Assert.Empty(fixture.Smtp.Pour($"c.{marque}@example.ch"));
        Assert.Empty(fixture.Smtp.Pour($"b.{marque}@example.ch"));
        var sms = Assert.Single(SmsPour(mobileB));
        Assert.Contains(numero, sms, StringComparison.Ordinal);
        var journal = await (await assistant.GetAsync($"/api/dossiers/{dossier}/journal?pageSize=100")).JsonAsync();
        Assert.Equal(3, journal.GetProperty("items").EnumerateArray().Count(e => e.GetProperty("type").GetString() == "courrier-sortant"));

        // The same state published again (a redelivery): nothing new is queued, nothing sent twice.
        await DossiersDeTest.PublierAsync(Factory, "dossiers", new SeanceModifieeIntegrationEvent(seance, dossier, debut, debut.AddHours(1), 1m, "planifiee", null));
        Assert.Equal(4, (await NotificationsAsync(assistant, $"dossierId={dossier}")).Count);

        (await assistant.PostJsonAsync($"/api/dossiers/{dossier}/seances/{seance}/annulation", new { motif = "Référente malade" })).EnsureSuccessStatusCode();
        await Factory.DrainMessagesAsync();
        var annulations = (await NotificationsAsync(assistant, $"dossierId={dossier}")).Where(n => n.GetProperty("type").GetString() == "annulation").ToList();
        Assert.Equal(4, annulations.Count);
        Assert.Equal((null, null, "sans-canal"), Canal(annulations, c));
        Assert.Equal(("sms", mobileB, "a-envoyer"), Canal(annulations, b));
        await EnvoyerAsync(assistant, $"dossierId={dossier}", n => n.GetProperty("etat").GetString() is "envoyee" or "sans-canal");
        Assert.Equal(2, fixture.Smtp.Pour(emailA).Count);
        Assert.Equal(2, SmsPour(mobileB).Count);

        // Visibility: another service sees neither the list nor a notification; without a target only the direction lists.
        var une = Notification(convocations, a).GetProperty("id").GetGuid();
        await (await etranger.GetAsync($"/api/journal/notifications?dossierId={dossier}")).AssertProblemAsync(HttpStatusCode.NotFound, "journal.dossier-introuvable");
        await (await etranger.GetAsync($"/api/journal/notifications?ficheId={a}")).AssertProblemAsync(HttpStatusCode.NotFound, "journal.fiche-introuvable");
        await (await etranger.GetAsync($"/api/journal/notifications/{une}")).AssertProblemAsync(HttpStatusCode.NotFound, "journal.notification-introuvable");
        await (await etranger.GetAsync("/api/journal/notifications")).AssertProblemAsync(HttpStatusCode.Forbidden, "journal.notifications-cible-requise");
        await (await assistant.GetAsync("/api/journal/notifications?etat=perdue")).AssertFieldErrorsAsync("etat");
        var detail = await assistant.GetAsync($"/api/journal/notifications/{une}");
        Assert.Equal("envoyee", (await detail.JsonAsync()).GetProperty("etat").GetString());
        Assert.NotNull(detail.Headers.ETag);
        Assert.Equal(2, (await NotificationsAsync(assistant, $"ficheId={b}&etat=envoyee")).Count(n => n.GetProperty("ficheId").GetGuid() == r));
        Assert.True((await (await admin.GetAsync("/api/journal/notifications?etat=sans-canal")).JsonAsync()).GetProperty("total").GetInt32() >= 2);
        using var anonyme = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonyme.GetAsync($"/api/journal/notifications/{une}")).StatusCode);
    }

    [Fact]
    public async Task ServeurSmtpEnPanne_TentativesPuisEchec_RenvoiRemetEnFileEtEnvoie()
    {
        var service = await Factory.CreateServiceAsync($"N{Guid.NewGuid():N}"[..10]);
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        var (comptable, _) = await Factory.UserClientAsync(Metiers.Comptable, service);
        var (etranger, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, await Factory.CreateServiceAsync($"N{Guid.NewGuid():N}"[..10]));
        using var _a = assistant;
        using var _c = comptable;
        using var _e = etranger;
        var email = $"panne.{Guid.NewGuid():N}"[..20] + "@example.ch";
        var fiche = await PersonneAsync(assistant, "Dubois", new { email });
        var dossier = await DossierAsync(assistant, (fiche, "requerant"));
        await SeanceAsync(assistant, dossier, DateTime.UtcNow.Date.AddDays(12).AddHours(14));
        var id = Assert.Single(await NotificationsAsync(assistant, $"dossierId={dossier}")).GetProperty("id").GetGuid();
        var url = $"/api/journal/notifications/{id}/renvoi";
        await (await assistant.PostJsonAsync(url, new { })).AssertProblemAsync(HttpStatusCode.Conflict, "journal.notification-non-echouee");

        fixture.Smtp.EnPanne = true;
        try
        {
            await EnvoyerAsync(assistant, $"dossierId={dossier}", n => n.GetProperty("etat").GetString() == "echec");
        }
        finally
        {
            fixture.Smtp.EnPanne = false;
        }

        var echec = await (await assistant.GetAsync($"/api/journal/notifications/{id}")).JsonAsync();
        Assert.Equal(3, echec.GetProperty("tentatives").GetInt32());
        Assert.False(string.IsNullOrEmpty(echec.GetProperty("derniereErreur").GetString()));
        Assert.Empty(fixture.Smtp.Pour(email));
        await (await comptable.PostJsonAsync(url, new { })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await etranger.PostJsonAsync(url, new { })).AssertProblemAsync(HttpStatusCode.NotFound, "journal.notification-introuvable");
        Assert.Equal("echec", (await (await assistant.GetAsync($"/api/journal/notifications/{id}")).JsonAsync()).GetProperty("etat").GetString());

        var remise = await (await assistant.PostJsonAsync(url, new { })).JsonAsync();
        Assert.Equal("a-envoyer", remise.GetProperty("etat").GetString());
        Assert.Equal(0, remise.GetProperty("tentatives").GetInt32());
        await EnvoyerAsync(assistant, $"dossierId={dossier}", n => n.GetProperty("etat").GetString() == "envoyee");
        Assert.Single(fixture.Smtp.Pour(email));
        await (await assistant.PostJsonAsync(url, new { })).AssertProblemAsync(HttpStatusCode.Conflict, "journal.notification-non-echouee");
    }

    [Fact]
    public async Task Rappels_SeancesDuLendemain_MisEnFileUneSeuleFois()
    {
        var service = await Factory.CreateServiceAsync($"N{Guid.NewGuid():N}"[..10]);
        var (assistant, _) = await Factory.UserClientAsync(Metiers.AssistantSocial, service);
        using var _a = assistant;
        var fiche = await PersonneAsync(assistant, "Favre", new { email = $"rappel.{Guid.NewGuid():N}@example.ch" });
        var dossier = await DossierAsync(assistant, (fiche, "requerant"));
        var demain = DateTime.UtcNow.Date.AddDays(1);
        var premiere = await SeanceAsync(assistant, dossier, demain.AddHours(8));
        await SeanceAsync(assistant, dossier, demain.AddDays(3).AddHours(8));

        await DeclencherAsync(new JobKey("notifications-rappels", "journal"));
        await Eventually.AssertAsync(async () => (await RappelsAsync(assistant, dossier)).Count == 1, "the reminder of tomorrow's session", TimeSpan.FromSeconds(60));

        // A second run the same day (after a session added for tomorrow, later): only the new session gets a reminder.
        var seconde = await SeanceAsync(assistant, dossier, demain.AddHours(15));
        await DeclencherAsync(new JobKey("notifications-rappels", "journal"));
        await Eventually.AssertAsync(async () => (await RappelsAsync(assistant, dossier)).Count == 2, "the reminder of the added session", TimeSpan.FromSeconds(60));
        var rappels = await RappelsAsync(assistant, dossier);
        Assert.Single(rappels, n => n.GetProperty("seanceId").GetGuid() == premiere);
        Assert.Single(rappels, n => n.GetProperty("seanceId").GetGuid() == seconde);
        Assert.All(rappels, n => Assert.StartsWith("Rappel", n.GetProperty("sujet").GetString(), StringComparison.Ordinal));
    }

    private static async Task<List<JsonElement>> RappelsAsync(HttpClient client, Guid dossier) =>
        (await NotificationsAsync(client, $"dossierId={dossier}")).Where(n => n.GetProperty("type").GetString() == "rappel").ToList();

    private static async Task<Guid> PersonneAsync(HttpClient client, string nom, object contacts)
    {
        var champs = JsonSerializer.SerializeToElement(contacts, SocialErpApiFactory.Json).EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value);
        champs["type"] = "personne";
        champs["nom"] = $"{nom}{Guid.NewGuid():N}"[..(nom.Length + 6)];
        champs["prenom"] = "Test";
        champs["categories"] = new[] { "usager" };
        return await FichesTestData.CreerAsync(client, champs);
    }

    private async Task<Guid> DossierAsync(HttpClient client, params (Guid FicheId, string Role)[] membres)
    {
        var dossier = (await (await client.PostJsonAsync("/api/dossiers", new
            {
                nom = FichesTestData.Marqueur("Notif"), prestation = "WSH", communeDomicile = 5586, dateOuverture = "2026-01-05",
                fiches = membres.Select(m => new { ficheId = m.FicheId, role = m.Role }).ToArray(),
            }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Factory.DrainMessagesAsync();
        return dossier;
    }

    private async Task<Guid> SeanceAsync(HttpClient client, Guid dossier, DateTime debut)
    {
        var seance = (await (await client.PostJsonAsync($"/api/dossiers/{dossier}/seances", new { debut, fin = debut.AddHours(1), intitule = "Entretien" }))
            .JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Factory.DrainMessagesAsync();
        return seance;
    }

    private static async Task<List<JsonElement>> NotificationsAsync(HttpClient client, string filtres) =>
        (await (await client.GetAsync($"/api/journal/notifications?{filtres}&pageSize=500")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();

    private static JsonElement Notification(IEnumerable<JsonElement> notifications, Guid fiche) =>
        Assert.Single(notifications, n => n.GetProperty("ficheId").GetGuid() == fiche);

    private static (string? Canal, string? Adresse, string? Etat) Canal(IEnumerable<JsonElement> notifications, Guid fiche)
    {
        var n = Notification(notifications, fiche);
        return (n.GetProperty("canal").GetString(), n.GetProperty("adresse").GetString(), n.GetProperty("etat").GetString());
    }

    /// <summary>Triggers the sender until every notification of the filter meets <paramref name="fini"/>.</summary>
    private async Task EnvoyerAsync(HttpClient client, string filtres, Func<JsonElement, bool> fini) =>
        await Eventually.AssertAsync(
            async () =>
            {
                if ((await NotificationsAsync(client, filtres)).All(fini))
                {
                    return true;
                }

                await DeclencherAsync(new JobKey("notifications-envoi", "journal"));
                await Task.Delay(400);
                return false;
            },
            "the sender to process the notifications",
            TimeSpan.FromSeconds(90));

    private async Task DeclencherAsync(JobKey job)
    {
        var scheduler = await Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(job);
    }

    private List<string> SmsPour(string numero) =>
        Directory.GetFiles(fixture.DossierSms).Select(File.ReadAllText).Where(t => t.StartsWith($"To: {numero}\n", StringComparison.Ordinal)).ToList();
}

[Trait("Category", "Integration")]
public sealed class NotificationsApiTestsSqlite(NotificationsSqliteFixture fixture) : NotificationsApiTests(fixture), IClassFixture<NotificationsSqliteFixture>;

[Trait("Category", "PostgreSql")]
public sealed class NotificationsApiTestsPostgreSql(NotificationsPostgreSqlFixture fixture) : NotificationsApiTests(fixture), IClassFixture<NotificationsPostgreSqlFixture>;
