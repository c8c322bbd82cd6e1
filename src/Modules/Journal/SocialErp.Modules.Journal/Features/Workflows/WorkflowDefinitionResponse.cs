using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Features.Workflows;

/// <summary>A version of a workflow definition with its steps in running order.</summary>
internal sealed record WorkflowDefinitionResponse(
    Guid Id,
    string Code,
    int NumeroVersion,
    string Nom,
    bool Active,
    string Declencheur,
    string? TypeEvenement,
    IReadOnlyList<EtapeResponse> Etapes,
    DateTime CreeeLe,
    Guid? CreeePar)
{
    public static WorkflowDefinitionResponse From(WorkflowDefinition d) => new(
        d.Id, d.Code, d.NumeroVersion, d.Nom, d.Active, CodesWorkflow.Code(d.Declencheur), d.TypeEvenement,
        d.Etapes.Select(EtapeResponse.From).ToList(), d.CreeeLe, d.CreeePar);
}

internal sealed record EtapeResponse(string Code, string Action, ResponsableResponse Responsable, int DelaiJours, string? Suivante)
{
    public static EtapeResponse From(EtapeWorkflow e) => new(
        e.Code, e.Action, new ResponsableResponse(CodesWorkflow.Code(e.Responsable.Type), e.Responsable.Metier, e.Responsable.UtilisateurId),
        e.DelaiJours, e.Suivante);
}

internal sealed record ResponsableResponse(string Type, string? Metier, Guid? UtilisateurId);
