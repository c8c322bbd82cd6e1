using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Ged.Contenus;

internal static class ContenuErrors
{
    public static readonly Error Vide = Error.Validation("fichier", "Le fichier est vide.");

    public static readonly Error Absent = Error.Validation("fichier", "Joignez le fichier (champ multipart « fichier »).");

    public static Error TropGrand(long tailleMax) => new(
        "ged.fichier-trop-grand",
        $"Le fichier dépasse la taille maximale acceptée ({tailleMax / (1024 * 1024.0):0.#} Mo).",
        ErrorKind.TooLarge);

    public static Error TypeRefuse(string raison) => new("ged.type-refuse", raison, ErrorKind.UnsupportedMediaType);
}
