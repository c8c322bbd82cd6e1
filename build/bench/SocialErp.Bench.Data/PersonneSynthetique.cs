namespace SocialErp.Bench.Data;

/// <summary>One synthetic person, shaped like the Fiches API's creation payload.</summary>
public sealed record PersonneSynthetique(
    string Nom,
    string Prenom,
    DateOnly DateNaissance,
    string NumeroAvs,
    string Email,
    string Telephone,
    int CommuneBfs,
    string Sexe);
