using System.Text.Json;
using SocialErp.Modules.Statistiques.Domain.Executions;

namespace SocialErp.Modules.Statistiques.Features.Executions;

/// <summary>
/// An execution as clients poll it: status and progress, then counts, the plausibility report, the template version,
/// the file's checksum and the differences with the previous production of the same period.
/// </summary>
internal sealed record ExecutionResponse(
    Guid Id,
    string Type,
    string? Modele,
    int? ModeleVersion,
    Guid? ListeId,
    string? Periode,
    string Format,
    string Statut,
    int Progression,
    bool Planifiee,
    DateTime DemandeeLe,
    DateTime? DemarreeLe,
    DateTime? TermineeLe,
    int NombreEnregistrements,
    int NombreErreurs,
    int NombreAvertissements,
    JsonElement? Rapport,
    string? Checksum,
    string? NomFichier,
    long Taille,
    string? Fichier,
    JsonElement? Differences,
    string? Message)
{
    public static ExecutionResponse From(ExecutionStatistique e) => new(
        e.Id, e.Type, e.ModeleCode, e.ModeleVersion, e.ListeId, e.Periode, e.Format, e.Statut, e.Progression, e.Planifiee,
        e.DemandeeLe, e.DemarreeLe, e.TermineeLe, e.NombreEnregistrements, e.NombreErreurs, e.NombreAvertissements,
        Json(e.Rapport), e.Checksum, e.NomFichier, e.Taille,
        e.Checksum is null ? null : $"/api/statistiques/executions/{e.Id}/fichier",
        Json(e.Differences), e.Message);

    private static JsonElement? Json(string? texte) => texte is null ? null : JsonDocument.Parse(texte).RootElement.Clone();
}

/// <summary>What a client may pass when starting an execution.</summary>
internal sealed record LancerExecutionRequest(string? Periode, JsonElement? Options);
