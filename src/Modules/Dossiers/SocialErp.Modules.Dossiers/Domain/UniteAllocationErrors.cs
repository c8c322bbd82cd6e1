using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Domain;

internal static class UniteAllocationErrors
{
    public static Error Chevauchement(int index, int autre) => Probleme(
        "dossiers.ua-chevauchement",
        "Une personne ne peut pas avoir deux périodes qui se chevauchent dans l'unité d'allocation.",
        $"periodes[{index}]",
        $"Chevauche la période {autre} de la même fiche.");

    public static Error DeuxRequerants(DateOnly date) => Probleme(
        "dossiers.ua-deux-requerants",
        "L'unité d'allocation a exactement un requérant à chaque date.",
        "periodes",
        $"Plusieurs requérants au {date:yyyy-MM-dd}.");

    public static Error SansRequerant(DateOnly date) => Probleme(
        "dossiers.ua-sans-requerant",
        "L'unité d'allocation a exactement un requérant à chaque date.",
        "periodes",
        $"Aucun requérant au {date:yyyy-MM-dd} alors que l'unité a des membres.");

    public static Error NonMembre(int index) => Probleme(
        "dossiers.ua-non-membre",
        "Seules les fiches membres du dossier peuvent faire partie de son unité d'allocation.",
        $"periodes[{index}].ficheId",
        "Cette fiche n'est pas membre du dossier.");

    private static Error Probleme(string code, string message, string champ, string detail) =>
        new(code, message, ErrorKind.Validation, new Dictionary<string, string[]> { [champ] = [detail] });
}
