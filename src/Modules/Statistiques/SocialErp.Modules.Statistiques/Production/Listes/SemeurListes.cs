using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialErp.Modules.Statistiques.Domain.Listes;
using SocialErp.Modules.Statistiques.Persistence;

namespace SocialErp.Modules.Statistiques.Production.Listes;

/// <summary>
/// Seeds the lists shipped with the product as shared lists without owner (fixed ids): each is added once, then
/// belongs to the users (holders of statistiques.ecrire revise it; it cannot be deleted, so it never comes back).
/// Runs once per process, before the first use of the lists.
/// </summary>
internal sealed class SemeurListes(IServiceScopeFactory scopes, TimeProvider timeProvider) : IDisposable
{
    public static IReadOnlyList<(Guid Id, string Nom, DefinitionListe Definition)> Livrees { get; } =
    [
        (new Guid("0194f1a0-0000-7000-8000-000000000001"), "Dossiers ouverts par commune et prestation", new DefinitionListe
        {
            Entite = CatalogueColonnes.Dossiers,
            Filtres = [new FiltreListe("dossier.actif", "egal", ["true"])],
            Groupement = ["dossier.commune", "dossier.prestation"],
            Totaux = [new TotalListe("nombre", null, "Dossiers ouverts"), new TotalListe("moyenne", "dossier.dureeMois", "Durée moyenne (mois)")],
        }),
        (new Guid("0194f1a0-0000-7000-8000-000000000002"), "Dette sociale par catégorie", new DefinitionListe
        {
            Entite = CatalogueColonnes.Ecritures,
            Filtres = [new FiltreListe("ecriture.genreCompte", "dans", ["dette-sociale", "pret"])],
            Groupement = ["ecriture.compte"],
            Totaux =
            [
                new TotalListe("somme", "ecriture.debit", "Créances constituées"),
                new TotalListe("somme", "ecriture.credit", "Remboursements et remises"),
                new TotalListe("somme", "ecriture.solde", "Solde dû"),
            ],
        }),
        (new Guid("0194f1a0-0000-7000-8000-000000000003"), "Charges par type et par mois", new DefinitionListe
        {
            Entite = CatalogueColonnes.Ecritures,
            Filtres = [new FiltreListe("ecriture.genreCompte", "egal", ["charge"])],
            Groupement = ["ecriture.typeCharge", "ecriture.mois"],
            Totaux =
            [
                new TotalListe("somme", "ecriture.debit", "Charges brutes"),
                new TotalListe("somme", "ecriture.credit", "Remboursements"),
                new TotalListe("somme", "ecriture.solde", "Charges nettes"),
            ],
            FeuilleParValeurDe = "ecriture.typeCharge",
        }),
    ];

    private readonly UneFois _semis = new();

    public Task AssurerAsync(CancellationToken cancellationToken) => _semis.AssurerAsync(SemerAsync, cancellationToken);

    public void Dispose() => _semis.Dispose();

    private async Task SemerAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StatistiquesDbContext>();
        var ids = Livrees.Select(l => l.Id).ToList();
        var presentes = await db.Listes.Where(l => ids.Contains(l.Id)).Select(l => l.Id).ToListAsync(cancellationToken);
        foreach (var (id, nom, definition) in Livrees.Where(l => !presentes.Contains(l.Id)))
        {
            db.Listes.Add(new ListeStatistique(id)
            {
                Nom = nom, Partagee = true, Definition = definition.Ecrire(), CreeLe = timeProvider.GetUtcNow().UtcDateTime,
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance seeded them at the same moment: theirs stand.
        }
    }
}
