namespace SocialErp.Modules.Comptabilite.Domain.Paiements;

/// <summary>Who an order pays: the fiche (when known), its name and structured address, its account and reference.</summary>
internal sealed record Creancier(
    Guid? FicheId, string Nom, string? Rue, string? Numero, string CodePostal, string Localite, string Pays, string Iban, string TypeReference, string? Reference);
