using SocialErp.Modules.Comptabilite.Domain;

namespace SocialErp.Modules.Comptabilite.Features.Comptes;

/// <summary>An account of the chart.</summary>
internal sealed record CompteResponse(
    Guid Id, string Numero, string Libelle, string Classe, string Genre, string? TypeCharge, string? CategorieDette, bool Actif, long Version)
{
    public static CompteResponse From(Compte c) => new(c.Id, c.Numero, c.Libelle, c.Classe, c.Genre, c.TypeCharge, c.CategorieDette, c.Actif, c.Version);
}
