using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialErp.IntegrationTests.Messaging;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Messaging;
using SocialErp.TestKit;

namespace SocialErp.IntegrationTests.Comptabilite;

/// <summary>What Comptabilité tests do over and over: persons, allocation units, entries, balances, the integrity check.</summary>
internal static class ComptaTestKit
{
    public static async Task<Guid> CreerPersonneAsync(HttpClient client, string nom = "Compta") =>
        (await (await client.PostJsonAsync("/api/fiches", new { type = "personne", nom, prenom = "Test" })).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

    /// <summary>
    /// An assistant social and a comptable of a fresh service: the assistant creates the service's fiches, the comptable
    /// sees them (a trade outside administration and direction sees its service's fiches only).
    /// </summary>
    public static async Task<(HttpClient Assistant, HttpClient Comptable)> EquipeAsync(SocialErpApiFactory factory)
    {
        var service = await factory.CreateServiceAsync($"S{Guid.NewGuid():N}"[..10]);
        var (assistant, _) = await factory.UserClientAsync(SharedKernel.Security.Metiers.AssistantSocial, service);
        var (comptable, _) = await factory.UserClientAsync(SharedKernel.Security.Metiers.Comptable, service);
        return (assistant, comptable);
    }

    public static object Ligne(string compte, decimal? debit = null, decimal? credit = null, Guid? ficheId = null, Guid? uniteAllocationId = null, Guid? dossierId = null) =>
        new { compte, debit, credit, ficheId, uniteAllocationId, dossierId };

    public static object Ecriture(string date, string libelle, params object[] lignes) => new { date, libelle, lignes };

    public static async Task<JsonElement> PasserAsync(HttpClient client, object ecriture) =>
        await (await client.PostJsonAsync("/api/comptabilite/ecritures", ecriture)).JsonAsync(HttpStatusCode.Created);

    /// <summary>An amount paid to a person: charge on the person, bank credited.</summary>
    public static Task<JsonElement> VerserAsync(HttpClient client, Guid ficheId, DateOnly date, decimal montant, string compte = "3630") =>
        PasserAsync(client, Ecriture(Jour(date), "Versement", Ligne(compte, debit: montant, ficheId: ficheId), Ligne("1020", credit: montant)));

    public static string Jour(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<HttpResponseMessage> PostAvecCleAsync(HttpClient client, string url, object corps, string cle)
    {
        using var requete = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(corps) };
        requete.Headers.Add("Idempotency-Key", cle);
        return await client.SendAsync(requete);
    }

    public static decimal Solde(JsonElement soldes, string liste, string cle) =>
        soldes.GetProperty(liste).EnumerateArray().Where(s => s.GetProperty("cle").GetString() == cle).Select(s => s.GetProperty("solde").GetDecimal()).SingleOrDefault();

    public static decimal Total(JsonElement soldes) =>
        soldes.GetProperty("parGenre").EnumerateArray().Sum(s => s.GetProperty("solde").GetDecimal());

    /// <summary>
    /// A synthetic allocation unit with these membership periods, announced straight to Comptabilité as Dossiers would
    /// (for consolidation rules only: end-to-end tests open real dossiers through the Dossiers API).
    /// </summary>
    public static async Task<Guid> OuvrirUniteAsync(ComptabiliteApiFixture fixture, params PeriodeUniteAllocation[] periodes)
    {
        var dossierId = Guid.CreateVersion7();
        DossiersDeTest.Ouvrir(dossierId);
        await LivrerAsync(fixture.Factory, new UniteAllocationModifieeIntegrationEvent(dossierId, 1, periodes));
        return dossierId;
    }

    /// <summary>Delivers an event straight to Comptabilité's handler (what the bus does after the outbox).</summary>
    public static Task LivrerAsync(SocialErpApiFactory factory, IntegrationEvent integrationEvent) =>
        Redelivraison.RedelivrerAsync(factory, "comptabilite", integrationEvent);

    /// <summary>The integrity check every scenario ends with: zero differences.</summary>
    public static async Task AssertControleConformeAsync(SocialErpApiFactory factory)
    {
        using var admin = await factory.AdminClientAsync();
        var controle = await (await admin.GetAsync("/api/comptabilite/controle")).JsonAsync();
        Assert.True(controle.GetProperty("conforme").GetBoolean(), $"Integrity check found differences: {controle.GetProperty("differences")}");
    }
}
