using SocialErp.Modules.Dossiers.Contracts.Queries;

namespace SocialErp.Modules.Comptabilite.Features.Facturation;

/// <summary>
/// The commune of domicile and benefit class of a dossier, read once per request from Dossiers, so invoicing and
/// valued-service postings carry the dimensions settlements (décomptes) group by.
/// </summary>
internal sealed class DimensionsDossier(IDossiersLecture dossiers)
{
    private readonly Dictionary<Guid, (int? Commune, string? Prestation)> _connus = [];

    public async Task<(int? Commune, string? Prestation)> DeAsync(Guid? dossierId, CancellationToken cancellationToken)
    {
        if (dossierId is not { } id)
        {
            return (null, null);
        }

        if (!_connus.TryGetValue(id, out var dimensions))
        {
            var dossier = await dossiers.TrouverAsync(id, cancellationToken);
            dimensions = (dossier?.CommuneDomicile, dossier?.Prestation);
            _connus[id] = dimensions;
        }

        return dimensions;
    }
}
