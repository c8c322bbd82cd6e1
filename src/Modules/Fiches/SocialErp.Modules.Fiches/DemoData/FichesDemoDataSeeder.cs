using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Modules;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Persistence;

namespace SocialErp.Modules.Fiches.DemoData;

/// <summary>A handful of persons and organisations, without service, so every user sees them in a demo.</summary>
internal sealed class FichesDemoDataSeeder(FichesDbContext db, TimeProvider timeProvider) : IDemoDataSeeder
{
    private static readonly IdentiteFiche[] Identites =
    [
        new(TypeFiche.Personne, "Armengaud", "François", new DateOnly(1980, 4, 12), "7561234567897", "f.armengaud@example.ch"),
        new(TypeFiche.Personne, "Armengaud", "Léa", new DateOnly(2012, 9, 3), null, null),
        new(TypeFiche.Personne, "Müller", "Hélène", new DateOnly(1975, 1, 30), null, "h.muller@example.ch"),
        new(TypeFiche.Personne, "Da Silva", "João", new DateOnly(1991, 11, 17), null, null),
        new(TypeFiche.Organisation, "Régie du Lac SA", null, null, null, "contact@regie-du-lac.example.ch"),
        new(TypeFiche.Organisation, "Caisse-maladie Romande", null, null, null, null),
    ];

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Fiches.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        foreach (var identite in Identites)
        {
            var fiche = Fiche.Creer(identite, serviceId: null, now, auteur: null);
            db.Fiches.Add(fiche);
            db.Publish(new FicheCreeeIntegrationEvent(
                fiche.Id, fiche.Type.ToString().ToLowerInvariant(), fiche.Nom, fiche.Prenom, fiche.DateNaissance, fiche.ServiceId));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
