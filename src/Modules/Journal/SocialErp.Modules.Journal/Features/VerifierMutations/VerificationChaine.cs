using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;

namespace SocialErp.Modules.Journal.Features.VerifierMutations;

/// <summary>
/// Walks the journal des mutations in chain order, by batches, recomputing each line's empreinte from its stored
/// content and the previous line's stored empreinte; stops at the first line that does not match.
/// </summary>
internal sealed class VerificationChaine(JournalDbContext db)
{
    private const int TailleLot = 2000;

    public async Task<VerificationResponse> VerifierAsync(CancellationToken cancellationToken)
    {
        var precedent = MaillonChaine.Origine;
        long verifiees = 0;
        while (true)
        {
            var seuil = precedent.Sequence;
            var lot = await db.Mutations.AsNoTracking()
                .Where(m => m.Sequence > seuil)
                .OrderBy(m => m.Sequence)
                .Take(TailleLot)
                .ToListAsync(cancellationToken);
            foreach (var mutation in lot)
            {
                if (Rupture(mutation, precedent) is { } rupture)
                {
                    return new VerificationResponse(false, verifiees, precedent.Sequence, rupture);
                }

                verifiees++;
                precedent = new MaillonChaine(mutation.Sequence, mutation.Empreinte);
            }

            if (lot.Count < TailleLot)
            {
                return new VerificationResponse(true, verifiees, precedent.Sequence, null);
            }
        }
    }

    private static RuptureChaine? Rupture(Mutation mutation, MaillonChaine precedent)
    {
        if (mutation.Sequence != precedent.Sequence + 1)
        {
            return new RuptureChaine(
                mutation.Sequence,
                mutation.Id,
                "sequence",
                $"La ligne {mutation.Sequence} suit la ligne {precedent.Sequence} : des lignes ont été supprimées.");
        }

        return mutation.EmpreinteAttendue(precedent.Empreinte) == mutation.Empreinte
            ? null
            : new RuptureChaine(
                mutation.Sequence,
                mutation.Id,
                "empreinte",
                $"L'empreinte de la ligne {mutation.Sequence} ne correspond plus à son contenu ou à la ligne qui la précède : elle a été modifiée.");
    }
}
