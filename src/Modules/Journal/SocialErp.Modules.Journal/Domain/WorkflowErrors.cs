using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Journal.Domain;

internal static class WorkflowErrors
{
    public static readonly Error DefinitionIntrouvable = Error.NotFound("journal.workflow-introuvable", "Ce workflow n'existe pas.");

    public static readonly Error CodeDejaUtilise = Error.Conflict("journal.workflow-code-deja-utilise", "Un workflow porte déjà ce code.");

    public static readonly Error InstanceIntrouvable =
        Error.NotFound("journal.workflow-instance-introuvable", "Cette instance de workflow n'existe pas ou ne vous est pas visible.");

    public static readonly Error SansEtape = Error.Validation("etapes", "Un workflow a au moins une étape.");

    public static Error Cycle(string etape) =>
        new("journal.workflow-cycle", $"Les étapes forment un cycle (l'étape « {etape} » revient).", ErrorKind.Validation,
            new Dictionary<string, string[]> { ["etapes"] = [$"L'étape « {etape} » est atteinte deux fois : les étapes forment un cycle."] });

    public static Error SuivanteInconnue(string etape, string suivante) => Error.Validation(
        "etapes", $"L'étape « {etape} » est suivie de « {suivante} », qui n'est pas une étape de ce workflow.");

    public static Error CodeEnDouble(string etape) => Error.Validation("etapes", $"Le code d'étape « {etape} » apparaît deux fois.");

    public static Error Inatteignable(string etape) =>
        Error.Validation("etapes", $"L'étape « {etape} » n'est jamais atteinte depuis la première étape.");
}
