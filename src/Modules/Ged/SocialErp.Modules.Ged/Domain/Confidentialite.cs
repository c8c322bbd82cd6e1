namespace SocialErp.Modules.Ged.Domain;

/// <summary>Confidential documents are read only by trades holding <c>ged.lire-confidentiel</c>.</summary>
internal enum Confidentialite
{
    Normale,
    Confidentielle,
}
