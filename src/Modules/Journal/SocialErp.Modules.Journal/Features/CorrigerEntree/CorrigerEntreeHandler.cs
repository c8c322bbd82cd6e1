using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.ObtenirEntree;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Journal.Features.CorrigerEntree;

/// <summary>The author corrects an entry; its previous content is kept as a version.</summary>
internal sealed class CorrigerEntreeHandler(JournalDbContext db, LectureEntree lecture, ICurrentUser user, TimeProvider timeProvider)
{
    private static readonly Error DestinatairesManquants =
        Error.Validation("destinataires", "Une entrée réservée à des utilisateurs nomme au moins un destinataire.");

    public async Task<Result<EntreeJournal>> HandleAsync(Guid entreeId, long? version, CorrigerEntreeRequest request, CancellationToken cancellationToken)
    {
        var chargee = await lecture.ChargerAsync(entreeId, cancellationToken);
        if (!chargee.IsSuccess)
        {
            return chargee.Error!;
        }

        var entree = chargee.Value;
        if (entree.Automatique)
        {
            return JournalErrors.EntreeAutomatique;
        }

        if (entree.AuteurId != user.Id)
        {
            return JournalErrors.CorrectionReserveeAuteur;
        }

        if (version is { } attendue && attendue != entree.Version)
        {
            return Error.VersionObsolete;
        }

        var actuel = entree.Contenu;
        var contenu = new ContenuEntree(
            request.Type ?? actuel.Type,
            request.Date is { } date ? DateTime.SpecifyKind(date.ToUniversalTime(), DateTimeKind.Utc) : actuel.Date,
            request.Texte?.Trim() ?? actuel.Texte,
            request.Participants ?? actuel.Participants,
            request.Documents ?? actuel.Documents,
            Confidentialites.Lire(request.Confidentialite) ?? actuel.Confidentialite,
            request.Destinataires ?? actuel.Destinataires,
            request.Urgente ?? actuel.Urgente);
        if (contenu.Confidentialite == Confidentialite.Utilisateurs && contenu.Destinataires.Count == 0)
        {
            return DestinatairesManquants;
        }

        db.VersionsEntrees.Add(entree.Corriger(contenu, request.Motif?.Trim(), user.Id, timeProvider.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return entree;
    }
}
