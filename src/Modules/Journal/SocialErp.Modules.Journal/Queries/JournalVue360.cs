using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Features.ListerEntrees;
using SocialErp.SharedKernel.Paging;
using SocialErp.SharedKernel.Specifications;

namespace SocialErp.Modules.Journal.Queries;

/// <summary>The Journal's section of a person's 360° view: the latest entries of the fiche's journal.</summary>
internal sealed class JournalVue360(IReadRepositoryBase<EntreeJournal> entrees) : IContributeurVue360
{
    private const int Dernieres = 5;

    public string Section => "journal";

    public async Task<object?> ContribuerAsync(Guid ficheId, CancellationToken cancellationToken)
    {
        var page = await entrees.PageAsync(
            new EntreesParCibleSpecification(CiblesJournal.Fiche, ficheId, new PageRequest(1, Dernieres)),
            new PageRequest(1, Dernieres),
            EntreeJournalResponse.From,
            cancellationToken);
        return page.Total == 0 ? null : new { total = page.Total, dernieres = page.Items };
    }
}
