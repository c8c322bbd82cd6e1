using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialErp.BuildingBlocks.Http;
using SocialErp.Modules.Comptabilite.Banque;
using SocialErp.Modules.Comptabilite.Banque.Identifiants;
using SocialErp.Modules.Comptabilite.Banque.Pain001;
using SocialErp.Modules.Comptabilite.Domain.Paiements;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.Features.Paiements;

/// <summary>Batches: prepared from waiting orders, released by a second user, written as pain.001, booked.</summary>
internal sealed class LotsPaiementsHandler(
    ComptabiliteDbContext db, ComptabilisationPaiements comptabilisation, IOptions<CompteServiceOptions> banque, ICurrentUser user, TimeProvider timeProvider)
{
    public async Task<Result<List<LotPaiements>>> PreparerAsync(DateOnly? jusquAu, CancellationToken cancellationToken)
    {
        var ordres = db.OrdresPaiement.Where(o => o.Statut == StatutsOrdre.APayer);
        if (jusquAu is { } date)
        {
            ordres = ordres.Where(o => o.DateExecution <= date);
        }

        var enAttente = await ordres.OrderBy(o => o.DateExecution).ThenBy(o => o.Id).ToListAsync(cancellationToken);
        if (enAttente.Count == 0)
        {
            return PaiementsErrors.AucunOrdre;
        }

        var maintenant = timeProvider.Maintenant();
        var lots = enAttente.GroupBy(o => o.DateExecution).Select(g => LotPaiements.Preparer(g.Key, g.ToList(), maintenant, user.Id)).ToList();
        db.LotsPaiements.AddRange(lots);
        await db.SaveChangesAsync(cancellationToken);
        return lots;
    }

    public async Task<Result<LotPaiements>> LibererAsync(Guid id, long? versionAttendue, CancellationToken cancellationToken)
    {
        var lot = await db.LotsPaiements.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (lot is null)
        {
            return PaiementsErrors.LotIntrouvable;
        }

        var ok = ETags.Check(versionAttendue, lot.Version);
        if (!ok.IsSuccess)
        {
            return ok.Error!;
        }

        if (lot.Statut != StatutsLot.Prepare)
        {
            return PaiementsErrors.StatutIncompatible($"Ce lot est déjà {lot.Statut} : seul un lot préparé se libère.");
        }

        if (lot.PreparePar is { } auteur && auteur == user.Id)
        {
            return PaiementsErrors.QuatreYeux;
        }

        lot.Liberer(timeProvider.Maintenant(), user.Id);
        await db.SaveChangesAsync(cancellationToken);
        return lot;
    }

    /// <summary>The pain.001.001.09 message of a released batch.</summary>
    public async Task<Result<(LotPaiements Lot, byte[] Contenu)>> Pain001Async(Guid id, CancellationToken cancellationToken)
    {
        var lot = await db.LotsPaiements.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (lot is null)
        {
            return PaiementsErrors.LotIntrouvable;
        }

        if (lot.Statut == StatutsLot.Prepare)
        {
            return PaiementsErrors.StatutIncompatible("Ce lot n'est pas encore libéré : le fichier pain.001 n'existe qu'après la libération par une seconde personne.");
        }

        var compteService = Iban.LireSuisse(banque.Value.Iban, "Comptabilite:Banque:Iban");
        if (!compteService.IsSuccess)
        {
            return compteService.Error!;
        }

        var virements = new List<OrdreVirement>();
        foreach (var ordre in await db.OrdresPaiement.AsNoTracking().Where(o => o.LotId == id).OrderBy(o => o.Id).ToListAsync(cancellationToken))
        {
            var adresse = AdresseStructuree.Creer(ordre.NomCreancier, ordre.Rue, ordre.Numero, ordre.CodePostal, ordre.Localite, ordre.Pays, $"ordres[{ordre.Id}]");
            var compte = ComptePaiement.Lire(ordre.Iban, ordre.TypeReference, ordre.Reference, $"ordres[{ordre.Id}]");
            if (!adresse.IsSuccess || !compte.IsSuccess)
            {
                return adresse.IsSuccess ? compte.Error! : adresse.Error!;
            }

            virements.Add(new OrdreVirement(
                ordre.IdentifiantBancaire, adresse.Value, compte.Value.Iban, ordre.Montant, "CHF", compte.Value.Reference, ordre.Libelle));
        }

        var message = new LotVirements(
            lot.Identifiant, new DateTimeOffset(lot.LibereLe ?? lot.PrepareLe, TimeSpan.Zero),
            new DonneurOrdre(banque.Value.Nom, compteService.Value, banque.Value.Bic), lot.DateExecution, virements);
        var contenu = RedacteurPain001.Ecrire(message);
        return contenu.IsSuccess ? (lot, contenu.Value) : contenu.Error!;
    }

    /// <summary>Books every order of a released batch not booked yet, on the batch's execution date.</summary>
    public async Task<Result<LotPaiements>> ComptabiliserAsync(Guid id, CancellationToken cancellationToken)
    {
        var lot = await db.LotsPaiements.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (lot is null)
        {
            return PaiementsErrors.LotIntrouvable;
        }

        if (lot.Statut == StatutsLot.Prepare)
        {
            return PaiementsErrors.StatutIncompatible("Un lot se comptabilise après sa libération.");
        }

        var ordres = await db.OrdresPaiement.Where(o => o.LotId == id).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var passees = await comptabilisation.ComptabiliserAsync(ordres, _ => lot.DateExecution, cancellationToken);
        if (!passees.IsSuccess)
        {
            return passees.Error!;
        }

        lot.MarquerComptabilise(timeProvider.Maintenant());
        await db.SaveChangesAsync(cancellationToken);
        return lot;
    }
}
