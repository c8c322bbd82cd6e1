using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Comptabilite.Contracts;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Features.Decomptes;

internal static class DecomptesEndpoint
{
    public static void MapDecomptes(this IEndpointRouteBuilder group) =>
        group.MapGet("/decomptes", HandleAsync)
            .WithName("EtablirDecompte")
            .WithSummary("Décompte au canton ou à une commune")
            .WithDescription(
                "Pour la période (`AAAA`, `AAAA-S1`, `AAAA-T2`, `AAAA-MM`) : par commune de domicile (OFS) et catégorie de prestation, prestations "
                + "brutes versées, remboursements comptabilisés, coût net ; totaux et répartition selon la clé cantonale (Comptabilite:Decomptes : "
                + "part du canton, part des communes répartie selon la population). `destinataire=canton` (code = le canton du service) ou "
                + "`destinataire=commune&code=<OFS>` (ses lignes et sa charge). `format=csv|xlsx` pour l'export.")
            .RequirePermission(ComptabilitePermissions.Decomptes)
            .Produces<DecompteResponse>()
            .Produces(StatusCodes.Status200OK, contentType: ExportDecompte.TypeCsv, additionalContentTypes: [ExportDecompte.TypeXlsx])
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(
        string? destinataire, string? code, string? periode, string? format, CalculDecompte calcul, CancellationToken cancellationToken)
    {
        if (format is not (null or "json" or "csv" or "xlsx"))
        {
            return ErrorResults.Problem(Error.Validation("format", "Format : json (défaut), csv ou xlsx."));
        }

        var decompte = await calcul.CalculerAsync(destinataire, code, periode, cancellationToken);
        if (!decompte.IsSuccess)
        {
            return ErrorResults.Problem(decompte.Error!);
        }

        var nom = $"decompte-{decompte.Value.Destinataire}-{decompte.Value.Code}-{decompte.Value.Periode}";
        return format switch
        {
            "csv" => TypedResults.File(ExportDecompte.Csv(decompte.Value), ExportDecompte.TypeCsv, $"{nom}.csv"),
            "xlsx" => TypedResults.File(ExportDecompte.Xlsx(decompte.Value), ExportDecompte.TypeXlsx, $"{nom}.xlsx"),
            _ => TypedResults.Ok(decompte.Value),
        };
    }
}
