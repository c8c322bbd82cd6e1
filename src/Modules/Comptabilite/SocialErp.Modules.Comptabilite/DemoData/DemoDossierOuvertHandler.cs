using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.SharedKernel.Messaging;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.DemoData;

/// <summary>
/// Demo data only (registered when <c>Seed:DemoData</c> is on): when a dossier of a demo family is opened, posts the
/// twelve months before the current one for it — monthly maintenance aid, rent paid to the régie, health-insurance
/// premiums through the insurer's payable, a loan and its repayments, an undue payment and its repayment. Dossiers
/// seeds the dossiers, this module follows their events; a dossier that already has lines gets nothing (idempotent).
/// </summary>
internal sealed class DemoDossierOuvertHandler(ComptabiliteDbContext db, Comptabilisation comptabilisation, TimeProvider timeProvider)
    : IIntegrationEventHandler<DossierOuvertIntegrationEvent>
{
    internal static readonly string[] Familles = ["armengaud", "da silva", "nguyen", "müller", "muller", "berisha", "haile", "rochat"];

    public async Task HandleAsync(DossierOuvertIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var nom = integrationEvent.Nom.ToLowerInvariant();
        var requerant = integrationEvent.Membres.FirstOrDefault(m => m.Role == RolesMembre.Requerant) ?? (integrationEvent.Membres.Count > 0 ? integrationEvent.Membres[0] : null);
        if (requerant is null || !Array.Exists(Familles, nom.Contains)
            || await db.Lignes.AnyAsync(l => l.DossierId == integrationEvent.DossierId, cancellationToken))
        {
            return;
        }

        var comptes = await db.Comptes.ToDictionaryAsync(c => c.Numero, cancellationToken);
        var aujourdhui = timeProvider.Aujourdhui();
        var premier = new DateOnly(aujourdhui.Year, aujourdhui.Month, 1).AddMonths(-12);
        var taille = integrationEvent.Membres.Count;
        // Person lines reach the unit through membership; the rent is posted on the unit itself; bank and payable lines
        // keep the dossier for the settlements but stay outside the consolidated ledger.
        LigneSaisie Ligne(string compte, decimal debit, decimal credit, Guid? fiche, string? typePayeur = null, bool surUnite = false) => new(
            comptes[compte], debit, credit, fiche, surUnite ? integrationEvent.DossierId : null, integrationEvent.DossierId, integrationEvent.CommuneDomicile,
            integrationEvent.Prestation, null, typePayeur, null);

        async Task Passer(DateOnly date, string libelle, bool ordinaire, params LigneSaisie[] lignes)
        {
            if (!await comptabilisation.EstClotureeAsync(date, cancellationToken))
            {
                await comptabilisation.PasserAsync(date, libelle, pieceId: null, extourneDe: null, ordinaire, lignes, cancellationToken);
            }
        }

        var entretien = 1031m + (taille - 1) * 480m;
        for (var mois = 0; mois < 12; mois++)
        {
            var debut = premier.AddMonths(mois);
            await Passer(debut, "Aide sociale — forfait d'entretien", true, Ligne("3630", entretien, 0, requerant.FicheId), Ligne("1020", 0, entretien, null, "service"));
            await Passer(debut.AddDays(4), "Loyer versé à la régie", true, Ligne("3631", 1450m, 0, null, surUnite: true), Ligne("1020", 0, 1450m, null, "service"));
            var primes = integrationEvent.Membres.Select(m => Ligne("3632", m.Role == RolesMembre.Enfant ? 105.40m : 412.85m, 0, m.FicheId)).ToList();
            var totalPrimes = primes.Sum(p => p.Debit);
            await Passer(debut.AddDays(9), "Primes d'assurance maladie", false, [.. primes, Ligne("2002", 0, totalPrimes, null, "assureur")]);
            await Passer(debut.AddDays(19), "Paiement à l'assureur maladie", false, Ligne("2002", totalPrimes, 0, null, "assureur"), Ligne("1020", 0, totalPrimes, null, "service"));
            if (mois == 2)
            {
                await Passer(debut.AddDays(14), "Prêt pour garantie de loyer", false, Ligne("1062", 2400m, 0, requerant.FicheId), Ligne("1020", 0, 2400m, null, "service"));
            }

            if (mois >= 4)
            {
                await Passer(debut.AddDays(24), "Remboursement du prêt", false, Ligne("1020", 150m, 0, null, "beneficiaire"), Ligne("1062", 0, 150m, requerant.FicheId));
            }

            if (mois == 6)
            {
                await Passer(debut.AddDays(11), "Prestations perçues indûment (revenu non déclaré)", false, Ligne("1063", 820m, 0, requerant.FicheId), Ligne("3630", 0, 820m, requerant.FicheId));
            }

            if (mois >= 8)
            {
                await Passer(debut.AddDays(26), "Remboursement de l'indu", false, Ligne("1020", 100m, 0, null, "beneficiaire"), Ligne("1063", 0, 100m, requerant.FicheId));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
