using System.Text.Json;
using SocialErp.Modules.Statistiques.Domain.Modeles;

namespace SocialErp.Modules.Statistiques.Features.Modeles;

/// <summary>A template in the list: its latest version.</summary>
internal sealed record ModeleResumeResponse(string Code, string Libelle, string Destinataire, string TypePeriode, int Version, DateTime VersionDu);

/// <summary>A template version: its definition (variables, format, rules) and every version of the template.</summary>
internal sealed record ModeleResponse(
    string Code, string Libelle, string Destinataire, string TypePeriode, int Version, string Origine, DateTime CreeLe,
    JsonElement Definition, IReadOnlyList<VersionModeleResponse> Versions)
{
    public static ModeleResponse From(ModeleStatistique modele, IReadOnlyList<VersionModeleResponse> versions) => new(
        modele.Code, modele.Libelle, modele.Destinataire, modele.TypePeriode, modele.Version, modele.Origine, modele.CreeLe,
        JsonDocument.Parse(modele.Definition).RootElement.Clone(), versions);
}

internal sealed record VersionModeleResponse(int Version, string Origine, DateTime CreeLe, Guid? CreeParId);
