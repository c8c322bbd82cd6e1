using Microsoft.Extensions.Logging;
using Quartz;

namespace SocialErp.Modules.Ged.Retention;

/// <summary>Runs the retention purge on the <c>Ged:PurgeCron</c> schedule (nightly), on one instance of a cluster.</summary>
[DisallowConcurrentExecution]
internal sealed partial class PurgeDocumentsJob(PurgeDocuments purge, ILogger<PurgeDocumentsJob> logger) : IJob
{
    public static readonly JobKey Key = new("purge-documents", "maintenance");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var resultat = await purge.PurgerAsync(cancellationToken);
        Purge(resultat.DocumentsPurges, resultat.ContenusSupprimes, resultat.OrphelinsSupprimes, resultat.TemporairesSupprimes);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "GED purge: {Documents} document(s) purged, {Contenus} content(s), {Orphelins} orphan(s), {Temporaires} temporary file(s) removed")]
    private partial void Purge(int documents, int contenus, int orphelins, int temporaires);
}
