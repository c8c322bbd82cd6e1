using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Features.DetteSociale;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.Queries;

/// <summary>
/// The "comptabilite" section of a person's 360° view, today: balances by account kind (as <c>GET /personnes/{id}/soldes</c>),
/// open social debt by category, and the debtor invoices still to be paid. Shown to holders of <c>comptabilite.lire</c>
/// only; Fiches has already checked that the fiche is visible. Fiches merged into this one count as it, as in its ledger.
/// </summary>
internal sealed class ComptabiliteVue360(
    ComptabiliteDbContext db, LecteurGrandLivre lecteur, LecteurSoldes soldes, PresentationGrandLivre presentation, CalculDette dette,
    ICurrentUser user, TimeProvider timeProvider) : IContributeurVue360
{
    public string Section => "comptabilite";

    public async Task<object?> ContribuerAsync(Guid ficheId, CancellationToken cancellationToken)
    {
        if (!user.HasPermission(ComptabilitePermissions.Lire))
        {
            return null;
        }

        var aujourdhui = timeProvider.Aujourdhui();
        var fiches = await lecteur.FichesDeAsync(ficheId, cancellationToken);
        var parGenre = (await presentation.SoldesAsync(await soldes.PersonneAsync(fiches, aujourdhui, cancellationToken), aujourdhui, cancellationToken)).ParGenre;
        var detteOuverte = await dette.CalculerAsync(aujourdhui, fiches, categorie: null, commune: null, cancellationToken);
        var factures = await db.FacturesDebiteurs.AsNoTracking()
            .Where(f => fiches.Contains(f.DebiteurId) && (f.Statut == StatutsFacture.Ouverte || f.Statut == StatutsFacture.PartiellementPayee))
            .ToListAsync(cancellationToken);
        if (parGenre.Count == 0 && detteOuverte.Total == 0 && factures.Count == 0)
        {
            return null;
        }

        return new
        {
            date = aujourdhui,
            soldes = parGenre,
            detteSociale = new { total = detteOuverte.Total, parCategorie = detteOuverte.ParCategorie },
            facturesOuvertes = new { nombre = factures.Count, solde = factures.Sum(f => f.Solde) },
        };
    }
}
