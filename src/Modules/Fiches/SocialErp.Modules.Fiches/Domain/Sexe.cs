namespace SocialErp.Modules.Fiches.Domain;

internal enum Sexe
{
    Feminin,
    Masculin,
    Autre,
    Inconnu,
}
