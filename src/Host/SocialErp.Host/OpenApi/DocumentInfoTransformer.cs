using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SocialErp.Host.OpenApi;

/// <summary>Title, version and the French overview front-end developers read first.</summary>
internal sealed class DocumentInfoTransformer : IOpenApiDocumentTransformer
{
    public const string Title = "SocialErp API";
    public const string Version = "1.0.0";

    private const string Description =
        """
        API REST de SocialErp, l'ERP des services sociaux : fiches (personnes et organisations), dossiers, journal,
        comptabilité, GED et statistiques.

        - **Authentification** : `POST /api/auth/login` avec `{ "email", "password" }` répond un jeton opaque
          (`accessToken`, `expiresIn`, `refreshToken`). Envoyer ensuite `Authorization: Bearer <accessToken>` à chaque appel ;
          `POST /api/auth/refresh` renouvelle le jeton.
        - **Erreurs** : `application/problem+json` (RFC 9457) avec un `code` stable (`fiches.fiche-introuvable`) ;
          les erreurs de validation (400) détaillent les champs dans `errors`. 401 : non connecté, 403 : non autorisé,
          404 : inconnu ou invisible, 409 : conflit, 412 : version périmée (`If-Match`).
        - **Formats** : JSON en camelCase ; montants en CHF (nombres décimaux à deux décimales) ; dates `AAAA-MM-JJ` ;
          instants ISO 8601 UTC ; identifiants UUID ; énumérations en chaînes camelCase.
        - **Listes** : `?page=1&pageSize=50` (500 au plus) et `?sort=champ` ou `-champ` ;
          réponse `{ items, page, pageSize, total }`.
        - **Concurrence** : chaque ressource modifiable renvoie un `ETag` ; le renvoyer dans `If-Match` lors d'une modification.
        """;

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo { Title = Title, Version = Version, Description = Description };
        return Task.CompletedTask;
    }
}
