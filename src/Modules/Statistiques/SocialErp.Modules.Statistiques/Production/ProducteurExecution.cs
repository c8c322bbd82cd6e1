using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SocialErp.Modules.Statistiques.Domain.Executions;
using SocialErp.Modules.Statistiques.Domain.Modeles;
using SocialErp.Modules.Statistiques.Persistence;
using SocialErp.Modules.Statistiques.Production.Listes;

namespace SocialErp.Modules.Statistiques.Production;

/// <summary>
/// Produces one execution (a list export is delegated to <see cref="ExportListe"/>). A template execution evaluates the records with the template version the execution recorded,
/// runs the plausibility rules, writes the file, its checksum, the records' fingerprints and the differences with
/// the previous production of the same period. Progress is saved as it goes, for clients polling the execution.
/// </summary>
internal sealed class ProducteurExecution(
    StatistiquesDbContext db, EvaluateurModele evaluateur, ExportListe exportListe, TimeProvider timeProvider, ILogger<ProducteurExecution> logger)
{
    private const int ExemplesDifferences = 20;

    public async Task ProduireAsync(Guid executionId, CancellationToken cancellationToken)
    {
        var execution = await db.Executions.SingleOrDefaultAsync(e => e.Id == executionId, cancellationToken);
        if (execution is null || execution.Statut != StatutsExecution.EnAttente)
        {
            return;
        }

        execution.Statut = StatutsExecution.EnCours;
        execution.DemarreeLe = Maintenant;
        execution.Progression = 5;
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            if (execution.Type == TypesExecution.Liste)
            {
                await ExporterListeAsync(execution, cancellationToken);
            }
            else
            {
                await ProduireAsync(execution, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Execution {ExecutionId} of {Modele}{Liste} failed", execution.Id, execution.ModeleCode, execution.ListeId);
            db.ChangeTracker.Clear();
            await db.Executions.Where(e => e.Id == executionId).ExecuteUpdateAsync(
                s => s.SetProperty(e => e.Statut, StatutsExecution.Echec)
                    .SetProperty(e => e.TermineeLe, Maintenant)
                    .SetProperty(e => e.Message, exception.Message.Length > 2000 ? exception.Message[..2000] : exception.Message),
                cancellationToken);
        }
    }

    private async Task ProduireAsync(ExecutionStatistique execution, CancellationToken cancellationToken)
    {
        var modele = await db.Modeles.AsNoTracking().SingleAsync(m => m.Code == execution.ModeleCode && m.Version == execution.ModeleVersion, cancellationToken);
        var definition = DefinitionModele.Lire(modele.Definition)!;
        var periode = new PeriodeStatistique(execution.Periode!, execution.Debut!.Value, execution.Fin!.Value);
        var enregistrements = await evaluateur.EvaluerAsync(definition, periode, p => ProgresserAsync(execution, p, cancellationToken), cancellationToken);
        var rapport = ControlePlausibilite.Controler(definition, enregistrements);

        using var fichier = new MemoryStream();
        EcrivainFichier.Ecrire(fichier, definition, modele, periode, enregistrements, execution.DemandeeLe);
        var contenu = fichier.ToArray();
        var (typeContenu, extension) = EcrivainFichier.Type(definition.Format!);
        var empreintes = enregistrements
            .GroupBy(e => e.Cle)
            .ToDictionary(g => g.Key, g => Empreinte(g.First()), StringComparer.Ordinal);

        execution.NombreEnregistrements = enregistrements.Count;
        execution.NombreErreurs = rapport.Erreurs;
        execution.NombreAvertissements = rapport.Avertissements;
        execution.Rapport = JsonSerializer.Serialize(rapport.Constats, DefinitionModele.Json);
        execution.Checksum = Convert.ToHexStringLower(SHA256.HashData(contenu));
        execution.NomFichier = $"{modele.Code}_{periode.Code}_v{modele.Version}.{extension}";
        execution.TypeContenu = typeContenu;
        execution.Taille = contenu.Length;
        execution.Empreintes = JsonSerializer.Serialize(empreintes);
        execution.Differences = await DifferencesAsync(execution, empreintes, cancellationToken);
        execution.Statut = rapport.Erreurs > 0 ? StatutsExecution.NonValidee : StatutsExecution.Validee;
        execution.Progression = 100;
        execution.TermineeLe = Maintenant;
        db.FichiersExecution.Add(new FichierExecution { ExecutionId = execution.Id, Contenu = contenu });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ExporterListeAsync(ExecutionStatistique execution, CancellationToken cancellationToken)
    {
        var (fichier, _) = await exportListe.ProduireAsync(execution, cancellationToken);
        execution.Statut = StatutsExecution.Terminee;
        execution.Progression = 100;
        execution.TermineeLe = Maintenant;
        db.FichiersExecution.Add(fichier);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<string?> DifferencesAsync(ExecutionStatistique execution, Dictionary<string, string> empreintes, CancellationToken cancellationToken)
    {
        var precedente = await db.Executions.AsNoTracking()
            .Where(e => e.ModeleCode == execution.ModeleCode && e.Periode == execution.Periode && e.Id != execution.Id
                && e.DemandeeLe <= execution.DemandeeLe && e.Empreintes != null)
            .OrderByDescending(e => e.DemandeeLe)
            .Select(e => new { e.Id, e.Empreintes })
            .FirstOrDefaultAsync(cancellationToken);
        if (precedente is null)
        {
            return null;
        }

        var avant = JsonSerializer.Deserialize<Dictionary<string, string>>(precedente.Empreintes!)!;
        var ajoutes = empreintes.Keys.Where(k => !avant.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var retires = avant.Keys.Where(k => !empreintes.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var modifies = empreintes.Where(p => avant.TryGetValue(p.Key, out var h) && h != p.Value).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        return JsonSerializer.Serialize(new DifferencesExecution(
            precedente.Id, ajoutes.Count, retires.Count, modifies.Count,
            ajoutes.Take(ExemplesDifferences).ToList(), retires.Take(ExemplesDifferences).ToList(), modifies.Take(ExemplesDifferences).ToList()),
            DefinitionModele.Json);
    }

    private async Task ProgresserAsync(ExecutionStatistique execution, int progression, CancellationToken cancellationToken)
    {
        execution.Progression = progression;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Empreinte(Enregistrement enregistrement) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', enregistrement.Valeurs.Select(ControlePlausibilite.Texte)))))[..16];

    private DateTime Maintenant => timeProvider.GetUtcNow().UtcDateTime;
}

/// <summary>What changed since the previous production of the same template and period (keys of the records).</summary>
internal sealed record DifferencesExecution(
    Guid ExecutionPrecedenteId,
    int Ajoutes,
    int Retires,
    int Modifies,
    IReadOnlyList<string> ExemplesAjoutes,
    IReadOnlyList<string> ExemplesRetires,
    IReadOnlyList<string> ExemplesModifies);
