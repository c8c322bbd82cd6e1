namespace SocialErp.Modules.Journal.Domain;

/// <summary>
/// One step of a workflow: the action to carry out, who does it and by when (<see cref="DelaiJours"/> days after the
/// workflow started), and the step that follows (<see cref="Suivante"/>, null for the last one).
/// </summary>
internal sealed record EtapeWorkflow(
    string Code,
    string Action,
    ResponsableEtape Responsable,
    int DelaiJours,
    string? Suivante);

/// <summary>
/// Who carries out a step: a trade of the dossier's service (<see cref="Metier"/>), the dossier's referent, or a
/// named user (<see cref="UtilisateurId"/>).
/// </summary>
internal sealed record ResponsableEtape(TypeResponsable Type, string? Metier, Guid? UtilisateurId);

internal enum TypeResponsable
{
    Metier,
    Referent,
    Utilisateur,
}
