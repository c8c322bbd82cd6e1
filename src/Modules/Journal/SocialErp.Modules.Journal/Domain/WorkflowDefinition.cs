using System.Text.Json;
using System.Text.Json.Serialization;
using SocialErp.SharedKernel.Domain;

namespace SocialErp.Modules.Journal.Domain;

/// <summary>
/// One version of a workflow definition. Editing a workflow adds a new version (same <see cref="Code"/>, next
/// <see cref="NumeroVersion"/>) and retires the previous one; running instances keep the version they started with.
/// </summary>
internal sealed class WorkflowDefinition : AggregateRoot
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private WorkflowDefinition(Guid id)
        : base(id)
    {
    }

    public string Code { get; private set; } = "";

    public int NumeroVersion { get; private set; }

    public string Nom { get; private set; } = "";

    /// <summary>The current version of its code: the one new instances start with.</summary>
    public bool Active { get; private set; }

    public DeclencheurWorkflow Declencheur { get; private set; }

    /// <summary>For <see cref="DeclencheurWorkflow.Evenement"/>: the dossier event type code (ABANDON…).</summary>
    public string? TypeEvenement { get; private set; }

    /// <summary>The steps in running order, as JSON.</summary>
    public string EtapesJson { get; private set; } = "[]";

    public DateTime CreeeLe { get; private set; }

    public Guid? CreeePar { get; private set; }

    public IReadOnlyList<EtapeWorkflow> Etapes => JsonSerializer.Deserialize<List<EtapeWorkflow>>(EtapesJson, Json) ?? [];

    public static WorkflowDefinition Creer(
        string code, string nom, DeclencheurWorkflow declencheur, string? typeEvenement, IReadOnlyList<EtapeWorkflow> etapesOrdonnees, Guid? parId, DateTime maintenant) =>
        new(Guid.CreateVersion7())
        {
            Code = code,
            NumeroVersion = 1,
            Nom = nom,
            Active = true,
            Declencheur = declencheur,
            TypeEvenement = declencheur == DeclencheurWorkflow.Evenement ? typeEvenement : null,
            EtapesJson = JsonSerializer.Serialize(etapesOrdonnees, Json),
            CreeeLe = maintenant,
            CreeePar = parId,
        };

    /// <summary>Retires this version and returns the next one.</summary>
    public WorkflowDefinition NouvelleVersion(
        string nom, DeclencheurWorkflow declencheur, string? typeEvenement, IReadOnlyList<EtapeWorkflow> etapesOrdonnees, Guid? parId, DateTime maintenant)
    {
        Active = false;
        var suivante = Creer(Code, nom, declencheur, typeEvenement, etapesOrdonnees, parId, maintenant);
        suivante.NumeroVersion = NumeroVersion + 1;
        return suivante;
    }

    public EtapeWorkflow Etape(string code) => Etapes.Single(e => e.Code == code);
}
