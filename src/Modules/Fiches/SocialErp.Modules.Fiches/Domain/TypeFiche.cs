namespace SocialErp.Modules.Fiches.Domain;

internal enum TypeFiche
{
    Personne,
    Organisation,
}
