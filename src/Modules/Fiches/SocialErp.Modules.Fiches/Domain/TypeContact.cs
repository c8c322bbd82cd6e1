namespace SocialErp.Modules.Fiches.Domain;

internal enum TypeContact
{
    Telephone,
    Mobile,
    Email,
    Fax,
}
