using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Features.Facturation;

/// <summary>The debtor of an invoice as Fiches shows it to the caller (unknown and invisible fiches answer alike).</summary>
internal static class DebiteursFacture
{
    public static async Task<Result<Debiteur>> LireAsync(
        IFichesLecture fiches, DimensionsVisibles visibles, Guid debiteurId, string type, DateOnly date, CancellationToken cancellationToken)
    {
        var trouvees = await visibles.FicheAsync(debiteurId, cancellationToken) ? await fiches.TrouverAsync([debiteurId], date, cancellationToken) : [];
        var fiche = trouvees.Count > 0 ? trouvees[0] : null;
        return fiche is null ? ComptabiliteErrors.FicheIntrouvable : new Debiteur(fiche.Id, type, Nom(fiche));
    }

    public static string Nom(FicheApercu fiche) => string.IsNullOrWhiteSpace(fiche.Prenom) ? fiche.Nom : $"{fiche.Prenom} {fiche.Nom}";
}
