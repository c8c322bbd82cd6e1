using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialErp.BuildingBlocks.Http;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Comptabilite.Idempotence;

/// <summary>
/// <c>Idempotency-Key</c> on money POSTs. Without the header the request runs as usual. With it: a key already
/// answered for the same request (same route, body and user: the fingerprint) replays the stored answer and creates
/// nothing; for another request it is refused (409). A new key runs the request inside a transaction that also
/// stores the answer, so the effect and the key commit together; two concurrent first uses of a key collide on its
/// primary key and the loser's effect is rolled back before it replays the winner's answer. Only successes are stored:
/// a refused request changed nothing and may be retried with the same key.
/// </summary>
internal sealed class IdempotenceFilter<TRequest> : IEndpointFilter
{
    public const string Header = "Idempotency-Key";
    public const string ReplayHeader = "Idempotency-Replayed";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var cle = http.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(cle))
        {
            return await next(context);
        }

        if (cle.Length > RequeteIdempotenteConfiguration.CleMaxLength)
        {
            return ErrorResults.Problem(Error.Validation(Header, $"La clé d'idempotence a au plus {RequeteIdempotenteConfiguration.CleMaxLength} caractères."));
        }

        var services = http.RequestServices;
        var db = services.GetRequiredService<ComptabiliteDbContext>();
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var empreinte = Empreinte(http, context.Arguments.OfType<TRequest>().FirstOrDefault(), json, services.GetRequiredService<ICurrentUser>());
        var connue = await db.RequetesIdempotentes.AsNoTracking().FirstOrDefaultAsync(r => r.Cle == cle, http.RequestAborted);
        if (connue is not null)
        {
            return Rejouer(connue, empreinte, http);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(http.RequestAborted);
        var resultat = await next(context);
        var reponse = resultat is INestedHttpResult imbrique ? imbrique.Result : resultat;
        if (reponse is not (IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } statut and IValueHttpResult valeur))
        {
            return resultat;
        }

        var location = reponse.GetType().GetProperty(nameof(Created.Location))?.GetValue(reponse) as string;
        db.RequetesIdempotentes.Add(RequeteIdempotente.Enregistrer(
            cle, empreinte, statut.StatusCode!.Value, location, JsonSerializer.Serialize(valeur.Value, json),
            services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(http.RequestAborted);
            await transaction.CommitAsync(http.RequestAborted);
            return resultat;
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            var gagnante = await db.RequetesIdempotentes.AsNoTracking().FirstOrDefaultAsync(r => r.Cle == cle, CancellationToken.None);
            if (gagnante is null)
            {
                throw;
            }

            return Rejouer(gagnante, empreinte, http);
        }
    }

    private static IResult Rejouer(RequeteIdempotente connue, string empreinte, HttpContext http)
    {
        if (connue.Empreinte != empreinte)
        {
            return ErrorResults.Problem(ComptabiliteErrors.CleIdempotenceReutilisee);
        }

        http.Response.Headers[ReplayHeader] = "true";
        if (connue.Location is not null)
        {
            http.Response.Headers.Location = connue.Location;
        }

        return TypedResults.Content(connue.Corps, "application/json; charset=utf-8", Encoding.UTF8, connue.Statut);
    }

    private static string Empreinte(HttpContext http, TRequest? requete, JsonSerializerOptions json, ICurrentUser user)
    {
        var texte = $"{http.Request.Method} {http.Request.Path}\n{user.Id}\n{JsonSerializer.Serialize(requete, json)}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(texte)));
    }
}
