using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Journal.Domain;

/// <summary>
/// Checks that steps form one chain: unique codes, each "next" known, no cycle, every step reached from the first.
/// Returns the steps in the order they run.
/// </summary>
internal static class EnchainementEtapes
{
    public static Result<IReadOnlyList<EtapeWorkflow>> Verifier(IReadOnlyList<EtapeWorkflow> etapes)
    {
        if (etapes.Count == 0)
        {
            return WorkflowErrors.SansEtape;
        }

        var parCode = new Dictionary<string, EtapeWorkflow>(StringComparer.Ordinal);
        foreach (var etape in etapes)
        {
            if (!parCode.TryAdd(etape.Code, etape))
            {
                return WorkflowErrors.CodeEnDouble(etape.Code);
            }
        }

        foreach (var etape in etapes)
        {
            if (etape.Suivante is { } suivante && !parCode.ContainsKey(suivante))
            {
                return WorkflowErrors.SuivanteInconnue(etape.Code, suivante);
            }
        }

        var ordre = new List<EtapeWorkflow>();
        var vues = new HashSet<string>(StringComparer.Ordinal);
        for (var courante = etapes[0]; ; courante = parCode[courante.Suivante])
        {
            if (!vues.Add(courante.Code))
            {
                return WorkflowErrors.Cycle(courante.Code);
            }

            ordre.Add(courante);
            if (courante.Suivante is null)
            {
                break;
            }
        }

        var oubliee = etapes.FirstOrDefault(e => !vues.Contains(e.Code));
        return oubliee is null ? ordre : WorkflowErrors.Inatteignable(oubliee.Code);
    }
}
