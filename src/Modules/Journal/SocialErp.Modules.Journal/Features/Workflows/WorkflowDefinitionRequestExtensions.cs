using SocialErp.Modules.Journal.Domain;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Journal.Features.Workflows;

internal static class WorkflowDefinitionRequestExtensions
{
    /// <summary>The validated request's steps in running order, or why they do not form one chain.</summary>
    public static Result<IReadOnlyList<EtapeWorkflow>> EtapesOrdonnees(this WorkflowDefinitionRequest request)
    {
        var demandees = request.Etapes!;
        var enSequence = demandees.All(e => string.IsNullOrEmpty(e.Suivante));
        var etapes = demandees.Select((e, i) => new EtapeWorkflow(
                e.Code!,
                e.Action!.Trim(),
                new ResponsableEtape(CodesWorkflow.Responsable(e.Responsable!.Type)!.Value, e.Responsable.Metier, e.Responsable.UtilisateurId),
                e.DelaiJours!.Value,
                enSequence ? (i + 1 < demandees.Count ? demandees[i + 1].Code : null) : NullSiVide(e.Suivante)))
            .ToList();
        return EnchainementEtapes.Verifier(etapes);
    }

    private static string? NullSiVide(string? valeur) => string.IsNullOrEmpty(valeur) ? null : valeur;
}
