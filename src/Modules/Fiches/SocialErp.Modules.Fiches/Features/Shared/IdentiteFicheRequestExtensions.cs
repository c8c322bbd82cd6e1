using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.Shared;

internal static class IdentiteFicheRequestExtensions
{
    /// <summary>The validated request as domain data, normalised (AVS and IDE digits, ISO codes' case, E.164 phones).</summary>
    public static IdentiteFiche ToIdentite(this IIdentiteFicheRequest request)
    {
        var type = request.Type == TypeFicheDto.Organisation ? TypeFiche.Organisation : TypeFiche.Personne;
        var nom = type == TypeFiche.Organisation ? request.RaisonSociale ?? request.Nom : request.Nom;
        var avs = string.IsNullOrWhiteSpace(request.NumeroAvs) ? null : NumeroAvs.Normaliser(request.NumeroAvs);
        var ide = string.IsNullOrWhiteSpace(request.NumeroIde) ? null : NumeroIde.Normaliser(request.NumeroIde);
        return new IdentiteFiche(type, nom!, request.Prenom, request.DateNaissance, avs, request.Email)
        {
            AutresNoms = request.AutresNoms,
            Sexe = request.Sexe,
            EtatCivil = request.EtatCivil,
            Nationalite = Code(request.Nationalite)?.ToUpperInvariant(),
            Langue = Code(request.Langue)?.ToLowerInvariant(),
            PermisSejour = PermisSejourCodes.Lire(request.PermisSejour),
            CommuneResidence = request.CommuneResidence,
            NumeroIde = ide,
            FormeJuridique = request.FormeJuridique,
            Categories = request.Categories?.Distinct(StringComparer.Ordinal).ToList() ?? [],
            Contacts = request.Contacts?
                .Select(c => FicheContact.Creer(c.Type!.Value, c.Valeur!, c.Libelle, c.Principal ?? false))
                .ToList() ?? [],
            Preferences = request.PreferencesNotification?
                .ToDictionary(p => p.TypeMessage!.Value, p => p.Canal!.Value) ?? [],
        };
    }

    private static string? Code(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim();
}
