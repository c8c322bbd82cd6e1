using System.Security.Cryptography;
using System.Text.Json;
using SocialErp.Modules.Statistiques.Domain.Executions;
using SocialErp.Modules.Statistiques.Domain.Listes;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Statistiques.Production.Listes;

/// <summary>What a list export job runs: the list's name and definition as they were when the export was asked.</summary>
internal sealed record DemandeExportListe(string Nom, DefinitionListe Definition);

/// <summary>
/// Produces the file of a list too large for a synchronous download (an execution of type <c>liste</c>): evaluates
/// the definition recorded with the request, writes CSV or XLSX, its checksum and size.
/// </summary>
internal sealed class ExportListe(EvaluateurListe evaluateur, TimeProvider timeProvider)
{
    public async Task<(FichierExecution Fichier, int Lignes)> ProduireAsync(ExecutionStatistique execution, CancellationToken cancellationToken)
    {
        var demande = JsonSerializer.Deserialize<DemandeExportListe>(execution.Options!, DefinitionListe.Json)!;
        var resultat = await evaluateur.EvaluerAsync(demande.Definition, timeProvider.Jour(execution.DemandeeLe), cancellationToken);
        using var fichier = new MemoryStream();
        EcrivainListe.Ecrire(fichier, execution.Format, demande.Nom, demande.Definition, resultat, execution.DemandeeLe);
        var contenu = fichier.ToArray();
        execution.Checksum = Convert.ToHexStringLower(SHA256.HashData(contenu));
        execution.NomFichier = EcrivainListe.NomFichier(demande.Nom, execution.Format, execution.DemandeeLe);
        execution.TypeContenu = EcrivainListe.TypeContenu(execution.Format);
        execution.Taille = contenu.Length;
        execution.NombreEnregistrements = resultat.Lignes.Count;
        return (new FichierExecution { ExecutionId = execution.Id, Contenu = contenu }, resultat.Lignes.Count);
    }
}
