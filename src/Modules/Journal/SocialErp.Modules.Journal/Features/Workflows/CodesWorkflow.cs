using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Features.Workflows;

/// <summary>API codes of the workflow enums (kebab-case).</summary>
internal static class CodesWorkflow
{
    public static string Code(DeclencheurWorkflow declencheur) => declencheur switch
    {
        DeclencheurWorkflow.Manuel => "manuel",
        DeclencheurWorkflow.DossierOuvert => "dossier-ouvert",
        _ => "evenement",
    };

    public static DeclencheurWorkflow? Declencheur(string? code) =>
        Enum.GetValues<DeclencheurWorkflow>().Cast<DeclencheurWorkflow?>().FirstOrDefault(d => Code(d!.Value) == code);

    public static string Code(TypeResponsable type) => type.ToString().ToLowerInvariant();

    public static TypeResponsable? Responsable(string? code) =>
        Enum.GetValues<TypeResponsable>().Cast<TypeResponsable?>().FirstOrDefault(t => Code(t!.Value) == code);
}
