namespace SocialErp.Modules.Fiches.Domain;

internal enum TypeAdresse
{
    Domicile,
    Postale,
    Professionnelle,
}
