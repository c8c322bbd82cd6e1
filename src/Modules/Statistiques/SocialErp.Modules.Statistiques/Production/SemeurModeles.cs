using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.Modules.Statistiques.Domain.Modeles;
using SocialErp.Modules.Statistiques.Persistence;

namespace SocialErp.Modules.Statistiques.Production;

/// <summary>
/// Seeds the templates shipped as files under <c>Modeles/</c> (embedded): a code not in the database gets version 1;
/// a file changed since its last seeded version gets a new version, unless an administrator revised the template
/// through the API since (their version wins). Runs once per process, before the first use of the templates.
/// </summary>
internal sealed class SemeurModeles(IServiceScopeFactory scopes, TimeProvider timeProvider) : IDisposable
{
    private readonly UneFois _semis = new();

    public Task AssurerAsync(CancellationToken cancellationToken) => _semis.AssurerAsync(SemerAsync, cancellationToken);

    public void Dispose() => _semis.Dispose();

    public static IEnumerable<DefinitionModele> Fichiers()
    {
        var assembly = typeof(SemeurModeles).Assembly;
        foreach (var ressource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var flux = assembly.GetManifestResourceStream(ressource)!;
            using var lecteur = new StreamReader(flux);
            yield return DefinitionModele.Lire(lecteur.ReadToEnd())
                ?? throw new InvalidOperationException($"Modèle statistique illisible : {ressource}.");
        }
    }

    private async Task SemerAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StatistiquesDbContext>();
        foreach (var definition in Fichiers())
        {
            var erreurs = ValidateurModele.Valider(definition);
            if (erreurs.Count > 0)
            {
                throw new InvalidOperationException($"Le modèle livré {definition.Code} est invalide : {string.Join("; ", erreurs.SelectMany(e => e.Value))}");
            }

            var derniere = await db.Modeles.Where(m => m.Code == definition.Code).OrderByDescending(m => m.Version).FirstOrDefaultAsync(cancellationToken);
            var json = definition.Ecrire();
            if (derniere is null || (derniere.Origine == OriginesModele.Fichier && derniere.Definition != json))
            {
                db.Modeles.Add(Versions.Nouvelle(definition, (derniere?.Version ?? 0) + 1, OriginesModele.Fichier, null, timeProvider.GetUtcNow().UtcDateTime));
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance seeded the same version at the same moment (unique code + version): theirs stands.
        }
    }
}

/// <summary>Where a template version comes from.</summary>
internal static class OriginesModele
{
    public const string Fichier = "fichier";
    public const string Api = "api";
}

/// <summary>Builds a template version row from a definition.</summary>
internal static class Versions
{
    public static ModeleStatistique Nouvelle(DefinitionModele definition, int version, string origine, Guid? auteur, DateTime maintenant) => new()
    {
        Id = Guid.CreateVersion7(),
        Code = definition.Code!,
        Version = version,
        Libelle = definition.Libelle!,
        Destinataire = definition.Destinataire!,
        TypePeriode = definition.TypePeriode!,
        Definition = definition.Ecrire(),
        Origine = origine,
        CreeLe = maintenant,
        CreeParId = auteur,
    };
}
