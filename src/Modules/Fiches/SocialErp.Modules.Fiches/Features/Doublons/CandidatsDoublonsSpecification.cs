using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.Doublons;

/// <summary>
/// Visible, active fiches sharing an indexed key with the identity (AVS number, e-mail, birth date or a phone); the
/// detector then scores names in memory. Capped, so a very common birth date cannot load thousands of rows; the
/// strong keys first, then by id, so the cut is deterministic.
/// </summary>
internal sealed class CandidatsDoublonsSpecification : Specification<Fiche>
{
    public const int Maximum = 500;

    public CandidatsDoublonsSpecification(IdentiteDoublon identite, Guid? saufId, LecteurFiches user)
    {
        var avs = identite.NumeroAvs;
        var email = string.IsNullOrWhiteSpace(identite.Email) ? null : identite.Email.Trim();
        var date = identite.DateNaissance;
        var telephones = identite.Telephones;
        var parTelephone = telephones.Count > 0;
        Query.VisiblesPar(user)
            .Where(f => !f.Archivee && f.Id != saufId)
            .Where(f => (avs != null && f.NumeroAvs == avs) || (email != null && f.Email == email) || (date != null && f.DateNaissance == date)
                || (parTelephone && f.Termes.Any(t => telephones.Contains(t.Terme))));
        // Within the cap, the fiches sharing a strong key (AVS, e-mail, phone) come first: a birth date shared by
        // hundreds (1 January of an unknown birth year) must not push them out of the candidates.
        Query.OrderByDescending(f => (avs != null && f.NumeroAvs == avs) || (email != null && f.Email == email)
                || (parTelephone && f.Termes.Any(t => telephones.Contains(t.Terme))))
            .ThenBy(f => f.Id);
        Query.Include(f => f.Termes);
        Query.Take(Maximum).AsNoTracking();
    }
}
