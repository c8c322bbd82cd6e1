using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Features.Shared;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Fiches.Features.Doublons;

/// <summary>
/// Visible, active fiches sharing one kind of indexed key with the identity (AVS number or e-mail, a phone, the
/// birth date); the detector then scores names in memory. Each kind is its own capped query: each is served by its
/// index (an OR across a phone-key subquery made PostgreSQL scan every fiche), a birth date shared by hundreds
/// (1 January of an unknown birth year) cannot push a strong-key match out of the candidates, and a very common
/// birth date cannot load thousands of rows.
/// </summary>
internal sealed class CandidatsDoublonsSpecification : Specification<Fiche>
{
    public const int Maximum = 500;

    public CandidatsDoublonsSpecification(IdentiteDoublon identite, Guid? saufId, LecteurFiches user, CleDoublon cle, IQueryable<FicheTerme> termes)
    {
        Query.VisiblesPar(user).Where(f => !f.Archivee && f.Id != saufId);
        switch (cle)
        {
            case CleDoublon.DateNaissance:
                var date = identite.DateNaissance;
                Query.Where(f => f.DateNaissance == date);
                break;
            case CleDoublon.Telephone:
                var telephones = identite.Telephones;
                var fichesAuTelephone = termes.Where(t => telephones.Contains(t.Terme)).Select(t => t.FicheId);

                // An IN over the search-key index: SQLite runs an EXISTS per fiche, i.e. reads every fiche.
                Query.Where(f => fichesAuTelephone.Contains(f.Id));
                break;
            default:
                var avs = identite.NumeroAvs;
                var email = string.IsNullOrWhiteSpace(identite.Email) ? null : identite.Email.Trim();
                Query.Where(f => (avs != null && f.NumeroAvs == avs) || (email != null && f.Email == email));
                break;
        }

        Query.Include(f => f.Termes);
        Query.Take(Maximum).AsNoTracking();
    }
}
