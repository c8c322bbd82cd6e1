using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.Doublons;

/// <summary>Duplicate candidates of an identity among the fiches the user can see.</summary>
internal sealed class RechercheDoublons(IReadRepositoryBase<Fiche> fiches, LecteurFiches user)
{
    public async Task<IReadOnlyList<CandidatDoublon>> ChercherAsync(IdentiteDoublon identite, Guid? saufId, CancellationToken cancellationToken)
    {
        if (identite.NumeroAvs is null && string.IsNullOrWhiteSpace(identite.Email) && identite.DateNaissance is null && identite.Telephones.Count == 0)
        {
            return [];
        }

        var candidats = new List<Fiche>();
        if (identite.NumeroAvs is not null || !string.IsNullOrWhiteSpace(identite.Email) || identite.Telephones.Count > 0)
        {
            candidats.AddRange(await fiches.ListAsync(new CandidatsDoublonsSpecification(identite, saufId, user, CleDoublon.Fortes), cancellationToken));
        }

        if (identite.DateNaissance is not null)
        {
            var dejaLus = candidats.Select(f => f.Id).ToHashSet();
            candidats.AddRange((await fiches.ListAsync(new CandidatsDoublonsSpecification(identite, saufId, user, CleDoublon.DateNaissance), cancellationToken))
                .Where(f => !dejaLus.Contains(f.Id)));
        }

        return DetecteurDoublons.Evaluer(identite, candidats);
    }

    /// <summary>The candidates of a fiche just created or changed, as the warning its response carries.</summary>
    public async Task<List<DoublonResponse>> AvertissementsAsync(Fiche fiche, CancellationToken cancellationToken) =>
        (await ChercherAsync(IdentiteDoublon.De(fiche), fiche.Id, cancellationToken)).Select(DoublonResponse.From).ToList();
}
