namespace SocialErp.Modules.Fiches.Domain;

/// <summary>Civil status as the BFS codes it.</summary>
internal enum EtatCivil
{
    Celibataire,
    Marie,
    PartenariatEnregistre,
    Separe,
    Divorce,
    Veuf,
    Inconnu,
}
