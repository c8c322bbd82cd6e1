using System.Text.Json;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>The fiche snapshot events, built in one place so every publication carries the same attributes.</summary>
internal static class EvenementsFiche
{
    public static FicheCreeeIntegrationEvent Creee(Fiche fiche) =>
        new(fiche.Id, fiche.Type.ToString().ToLowerInvariant(), fiche.Nom, fiche.Prenom, fiche.DateNaissance, fiche.ServiceId)
        {
            EtatCivil = CodeEtatCivil(fiche.EtatCivil),
            Nationalite = fiche.Nationalite,
        };

    public static FicheModifieeIntegrationEvent Modifiee(Fiche fiche, IReadOnlyList<string> champsModifies) =>
        new(fiche.Id, fiche.Nom, fiche.Prenom, fiche.DateNaissance, champsModifies)
        {
            EtatCivil = CodeEtatCivil(fiche.EtatCivil),
            Nationalite = fiche.Nationalite,
        };

    // The API's code (camelCase enum names, as the host serialises them).
    private static string? CodeEtatCivil(EtatCivil? etatCivil) =>
        etatCivil is { } valeur ? JsonNamingPolicy.CamelCase.ConvertName(valeur.ToString()) : null;
}
