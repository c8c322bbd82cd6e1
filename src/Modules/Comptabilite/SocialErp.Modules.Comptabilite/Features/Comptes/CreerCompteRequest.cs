namespace SocialErp.Modules.Comptabilite.Features.Comptes;

/// <summary>
/// A new account: number (MCH2 style, <c>3637</c> or <c>3637.01</c>; its first digit gives the class: 1 actif,
/// 2 passif, 3 charge, 4 revenu), label, kind, default charge type, debt category (loan and social-debt accounts).
/// </summary>
internal sealed record CreerCompteRequest(string? Numero, string? Libelle, string? Classe, string? Genre, string? TypeCharge, string? CategorieDette);
