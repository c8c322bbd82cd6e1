using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Statistiques.Domain.Executions;

/// <summary>The file an execution produced, apart from it so that listing executions never loads the files.</summary>
[NonAudite]
internal sealed class FichierExecution
{
    public Guid ExecutionId { get; set; }

    public byte[] Contenu { get; set; } = [];
}
