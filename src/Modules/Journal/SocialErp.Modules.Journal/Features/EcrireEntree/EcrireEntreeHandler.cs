using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.ListerEntrees;
using SocialErp.Modules.Journal.Features.Shared;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Journal.Features.EcrireEntree;

/// <summary>
/// Writes a user's entry in a visible dossier's journal, with its due date when it carries one (refused on a closed or
/// archived dossier).
/// </summary>
internal sealed class EcrireEntreeHandler(
    JournalDbContext db, CiblesVisibles cibles, AttributionEcheances attribution, DossiersFermes fermes, ICurrentUser user, TimeProvider timeProvider)
{
    public async Task<Result<EntreeJournalResponse>> HandleAsync(Guid dossierId, EcrireEntreeRequest request, CancellationToken cancellationToken)
    {
        if (!await cibles.DossierVisibleAsync(dossierId, cancellationToken))
        {
            return JournalErrors.DossierIntrouvable;
        }

        var contenu = new ContenuEntree(
            request.Type!,
            DateTime.SpecifyKind(request.Date!.Value.ToUniversalTime(), DateTimeKind.Utc),
            request.Texte!.Trim(),
            request.Participants ?? [],
            request.Documents ?? [],
            Confidentialites.Lire(request.Confidentialite) ?? Confidentialite.Dossier,
            request.Destinataires ?? [],
            request.Urgente == true);
        return await EcrireAsync(dossierId, contenu, request.Echeance, cancellationToken);
    }

    /// <summary>Writes the entry and its due date (also used by transmissions).</summary>
    public async Task<Result<EntreeJournalResponse>> EcrireAsync(
        Guid dossierId, ContenuEntree contenu, EcheanceRequest? demande, CancellationToken cancellationToken)
    {
        var entree = EntreeJournal.Ecrire(CiblesJournal.Dossier, dossierId, contenu, user.Id, user.Metier);
        var echeances = new List<EcheanceResponse>();
        if (demande is not null)
        {
            if (await fermes.EstFermeAsync(dossierId, cancellationToken))
            {
                return JournalErrors.DossierFerme;
            }

            var service = await attribution.VerifierAsync(dossierId, demande.ResponsableId!.Value, cancellationToken);
            if (!service.IsSuccess)
            {
                return service.Error!;
            }

            var echeance = Echeance.Creer(
                dossierId, entree.Id, demande.Date!.Value, demande.Action!.Trim(), demande.ResponsableId, service.Value, contenu.Urgente,
                timeProvider.GetUtcNow().UtcDateTime);
            db.Echeances.Add(echeance);
            echeances.Add(EcheanceResponse.From(echeance));
        }

        db.Entrees.Add(entree);
        await db.SaveChangesAsync(cancellationToken);
        return EntreeJournalResponse.From(entree, echeances);
    }
}
