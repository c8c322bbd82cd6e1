namespace SocialErp.Modules.Comptabilite.Features.Comptes;

/// <summary>What may change on an account: its label and whether new lines may use it.</summary>
internal sealed record ModifierCompteRequest(string? Libelle, bool? Actif);
