using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Dossiers.Features.Memos;

/// <summary>
/// Checks the follow-up a memo asks for and tells the Journal when it changed. The Journal never receives the memo's
/// text, only the neutral <see cref="Action"/>, so a private memo's words do not leak into an échéancier. A closed
/// dossier takes no new follow-up: its closing cancelled its due dates, and the Journal refuses users' new ones too.
/// </summary>
internal sealed class RelancesMemos(
    DossiersDbContext db, DossiersVisibles visibles, IAnnuaireUtilisateurs annuaire, ICurrentUser user, TimeProvider timeProvider)
{
    public const string Action = "Relance mémo";

    /// <summary>The follow-up to keep; <paramref name="actuelle"/> is the memo's current one (a past date may stay unchanged).</summary>
    public async Task<Result<RelanceMemo?>> VerifierAsync(
        DossierCible dossier, MemoRequest request, RelanceMemo? actuelle, CancellationToken cancellationToken)
    {
        if (request.Relance is not { Date: { } date } relance)
        {
            return Result<RelanceMemo?>.Success(null);
        }

        if (date < timeProvider.Aujourdhui() && actuelle?.Date != date)
        {
            return Error.Validation("relance.date", "La relance se prévoit aujourd'hui ou plus tard.");
        }

        if ((relance.ResponsableId ?? user.Id) is not { } responsable)
        {
            return Error.Validation("relance.responsableId", "Indiquez qui fera la relance.");
        }

        if (responsable != user.Id)
        {
            var controle = await VerifierResponsableAsync(dossier.Id, responsable, request.Visibilite == VisibilitesMemo.Prive, cancellationToken);
            if (!controle.IsSuccess)
            {
                return controle.Error!;
            }
        }

        var demandee = new RelanceMemo(date, responsable);
        if (demandee != actuelle && dossier.Statut == StatutsDossier.Clos)
        {
            return DossierErrors.ClosSansRelance;
        }

        return demandee;
    }

    /// <summary>Publishes the memo's follow-up when it, or who may see it, changed since <paramref name="avant"/>.</summary>
    public void Publier(Memo memo, RelanceMemo? avant, bool priveAvant)
    {
        if (memo.Relance == avant && (avant is null || memo.EstPrive == priveAvant))
        {
            return;
        }

        var demandee = memo.Relance is { } relance ? new EcheanceDemandee(relance.Date, Action, relance.ResponsableId) : null;
        db.Publish(new RelanceMemoModifieeIntegrationEvent(memo.DossierId, memo.Id, demandee, memo.EstPrive));
    }

    private async Task<Result> VerifierResponsableAsync(Guid dossierId, Guid responsableId, bool prive, CancellationToken cancellationToken)
    {
        if (prive)
        {
            return Error.Validation("relance.responsableId", "La relance d'un mémo privé revient à son auteur : lui seul voit le mémo.");
        }

        var responsable = await annuaire.TrouverAsync(responsableId, cancellationToken);
        if (responsable is null)
        {
            return Error.Validation("relance.responsableId", "Ce responsable n'est pas un utilisateur actif.");
        }

        var filtre = await visibles.FiltrePourAsync(responsable, cancellationToken);
        return await db.Dossiers.Where(d => d.Id == dossierId).Where(filtre).AnyAsync(cancellationToken)
            ? Result.Success()
            : Error.Validation("relance.responsableId", "Ce responsable ne voit pas le dossier : il ne pourrait pas faire la relance.");
    }
}
