namespace SocialErp.Modules.Fiches.Domain;

/// <summary>The identity fields whose surviving value a merge lets the user choose.</summary>
internal enum ChampFusion
{
    Nom,
    Prenom,
    DateNaissance,
    NumeroAvs,
    Email,
}
