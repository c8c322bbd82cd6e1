using System.Globalization;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Domain;

internal static class FinancementErrors
{
    public static readonly Error Absent = Error.NotFound("dossiers.financement-absent", "Ce dossier n'a pas encore de financement.");

    public static Error RepartitionIncorrecte(string repartition, decimal somme, decimal attendu)
    {
        var unite = repartition == Repartitions.Pourcentage ? " %" : " CHF";
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"La répartition entre financeurs fait {somme:0.00}{unite} au lieu de {attendu:0.00}{unite}.");
        return new Error(
            "dossiers.repartition-incorrecte",
            message,
            ErrorKind.Validation,
            new Dictionary<string, string[]> { ["coFinanceurs"] = [message] });
    }
}
