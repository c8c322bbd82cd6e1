using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.Doublons;

/// <summary>Duplicate candidates of an identity among the fiches the user can see.</summary>
internal sealed class RechercheDoublons(IReadRepositoryBase<Fiche> fiches, FichesDbContext db, LecteurFiches user)
{
    public async Task<IReadOnlyList<CandidatDoublon>> ChercherAsync(IdentiteDoublon identite, Guid? saufId, CancellationToken cancellationToken)
    {
        var candidats = new Dictionary<Guid, Fiche>();
        foreach (var cle in Cles(identite))
        {
            foreach (var fiche in await fiches.ListAsync(new CandidatsDoublonsSpecification(identite, saufId, user, cle, db.Termes), cancellationToken))
            {
                candidats.TryAdd(fiche.Id, fiche);
            }
        }

        return DetecteurDoublons.Evaluer(identite, candidats.Values);
    }

    private static IEnumerable<CleDoublon> Cles(IdentiteDoublon identite)
    {
        if (identite.NumeroAvs is not null || !string.IsNullOrWhiteSpace(identite.Email))
        {
            yield return CleDoublon.AvsOuEmail;
        }

        if (identite.Telephones.Count > 0)
        {
            yield return CleDoublon.Telephone;
        }

        if (identite.DateNaissance is not null)
        {
            yield return CleDoublon.DateNaissance;
        }
    }

    /// <summary>The candidates of a fiche just created or changed, as the warning its response carries.</summary>
    public async Task<List<DoublonResponse>> AvertissementsAsync(Fiche fiche, CancellationToken cancellationToken) =>
        (await ChercherAsync(IdentiteDoublon.De(fiche), fiche.Id, cancellationToken)).Select(DoublonResponse.From).ToList();
}
