using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SocialErp.Host.OpenApi;

/// <summary>One tag per module, described in French, in a fixed order (the order UIs list them in).</summary>
internal sealed class TagDescriptionsTransformer : IOpenApiDocumentTransformer
{
    public static IReadOnlyList<(string Name, string Description)> Modules { get; } =
    [
        ("Authentification", "Connexion par e-mail et mot de passe, jeton porteur opaque et son renouvellement, utilisateur connecté."),
        ("Fiches", "Registre centralisé des personnes et des organisations : recherche, doublons, fusions, relations, vue à 360°."),
        ("Dossiers", "Dossiers d'aide : membres et rôles, unité d'allocation, financement, événements, séances, objectifs, clôture."),
        ("Journal", "Journal de bord des fiches et des dossiers, échéancier, workflows et journal des mutations (audit)."),
        ("Comptabilité", "Plan comptable, écritures, grands livres par personne et par unité d'allocation, budgets, factures, paiements, décomptes."),
        ("GED", "Gestion électronique des documents : dépôt, versions, contenu, modèles et publipostage."),
        ("Statistiques", "Modèles statistiques et leurs exécutions, listes, tableaux de bord."),
        ("Administration", "Utilisateurs, services et messages d'intégration parqués."),
    ];

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var known = Modules.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);

        // A tag that is not a module's (a new one) stays listed, without description: the tests flag it.
        var others = (document.Tags ?? Enumerable.Empty<OpenApiTag>()).Where(t => t.Name is null || !known.Contains(t.Name)).ToList();
        document.Tags = new HashSet<OpenApiTag>(
            Modules.Select(m => new OpenApiTag { Name = m.Name, Description = m.Description }).Concat(others));
        return Task.CompletedTask;
    }
}
